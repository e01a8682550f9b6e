"""What template.yaml promises on-call operators (issue 10): every function and every table index
is watched, and every alarm pages the same topic and names the runbook section that explains it.

Run: python3 -m unittest discover -s scripts -p 'test_*.py'   (part of `make test`)
"""

import pathlib
import re
import unittest

import cfnlint.decode

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "template.yaml"
OPERATIONS = ROOT / "docs" / "operations.md"


def _template():
    template, matches = cfnlint.decode.decode(str(TEMPLATE))
    assert template is not None, matches
    return template


def _resources(template, kind):
    return {name: r for name, r in template["Resources"].items() if r["Type"] == kind}


def _metric_stats(alarm):
    return [m["MetricStat"]["Metric"] for m in alarm["Properties"].get("Metrics", [])
            if "MetricStat" in m]


def _dimensions(metric):
    return {d["Name"]: d["Value"] for d in metric.get("Dimensions", [])}


def _anchor(heading):
    """GitHub's anchor for a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


class AlarmCoverageTest(unittest.TestCase):
    def setUp(self):
        self.template = _template()
        self.alarms = _resources(self.template, "AWS::CloudWatch::Alarm")
        self.functions = _resources(self.template, "AWS::Serverless::Function")

    def _watched_functions(self, alarm_name, metric_name):
        metrics = _metric_stats(self.alarms[alarm_name])
        return {_dimensions(m)["FunctionName"]["Ref"] for m in metrics
                if m["Namespace"] == "AWS/Lambda" and m["MetricName"] == metric_name}

    def test_every_function_is_in_the_errors_and_the_throttles_alarm(self):
        self.assertEqual(set(self.functions), self._watched_functions("FunctionErrorsAlarm", "Errors"))
        self.assertEqual(set(self.functions),
                         self._watched_functions("FunctionThrottlesAlarm", "Throttles"))

    def test_the_expression_sums_every_metric_it_declares(self):
        for name, alarm in self.alarms.items():
            metrics = alarm["Properties"].get("Metrics")
            if not metrics:
                continue
            with self.subTest(alarm=name):
                returned = [m for m in metrics if m.get("ReturnData", True)]
                self.assertEqual(1, len(returned))
                inputs = {m["Id"] for m in metrics if "MetricStat" in m}
                used = set(re.findall(r"[A-Za-z][A-Za-z0-9_]*", returned[0]["Expression"]))
                self.assertLessEqual(inputs, used, "a declared metric the expression ignores")

    def test_throttles_of_the_table_and_of_each_of_its_indexes_alarm(self):
        table = self.template["Resources"]["ScimTable"]["Properties"]
        wanted = {(metric, index) for metric in ("ReadThrottleEvents", "WriteThrottleEvents")
                  for index in [None] + [g["IndexName"] for g in table["GlobalSecondaryIndexes"]]}
        seen = set()
        for metric in _metric_stats(self.alarms["DynamoThrottlesAlarm"]):
            dims = _dimensions(metric)
            self.assertEqual({"Ref": "ScimTable"}, dims["TableName"])
            seen.add((metric["MetricName"], dims.get("GlobalSecondaryIndexName")))
        self.assertEqual(wanted, seen)

    def test_every_alarm_pages_the_topic_on_alarm_and_on_recovery(self):
        for name, alarm in self.alarms.items():
            with self.subTest(alarm=name):
                props = alarm["Properties"]
                self.assertEqual([{"Ref": "AlarmTopic"}], props["AlarmActions"])
                self.assertEqual([{"Ref": "AlarmTopic"}], props["OKActions"])
                self.assertEqual("notBreaching", props["TreatMissingData"])

    def test_every_alarm_names_a_runbook_section_that_exists(self):
        docs = ROOT / "docs"
        for name, alarm in self.alarms.items():
            with self.subTest(alarm=name):
                ref = re.search(r"\((docs/[\w./-]+\.md)(?:#([\w-]+))?\)",
                                alarm["Properties"]["AlarmDescription"])
                self.assertIsNotNone(ref, "the description names no docs/… page")
                page = ROOT / ref.group(1)
                self.assertTrue(page.is_file(), ref.group(1))
                if ref.group(2):
                    anchors = {_anchor(h) for h in re.findall(r"^#+ (.+)$", page.read_text(),
                                                               re.MULTILINE)}
                    self.assertIn(ref.group(2), anchors)
        self.assertTrue(docs.is_dir())


if __name__ == "__main__":
    unittest.main()
