"""What template.yaml promises operators (issue 8 item 8): access logs, the operator policy.

Run: python3 -m unittest discover -s scripts -p 'test_*.py'   (part of `make test`)
"""

import json
import pathlib
import re
import unittest

import cfnlint.decode

TEMPLATE = pathlib.Path(__file__).resolve().parent.parent / "template.yaml"


def _template():
    template, matches = cfnlint.decode.decode(str(TEMPLATE))
    assert template is not None, matches
    return template


class AccessLogTest(unittest.TestCase):
    def setUp(self):
        self.template = _template()
        self.api = self.template["Resources"]["ScimApi"]["Properties"]

    def test_one_json_object_per_request_with_the_fields_operators_search_by(self):
        settings = self.api["AccessLogSettings"]
        line = re.sub(r"\$context\.[A-Za-z.]+", "x", settings["Format"])
        record = json.loads(line)
        for field in ("requestId", "routeKey", "status", "responseLatency",
                      "integrationLatency", "integrationError", "errorMessage",
                      "lambdaRequestId", "ip", "userAgent"):
            self.assertIn(field, record)
        self.assertNotRegex(settings["Format"], r"(?i)authorization|header|querystring|body")

    def test_the_log_group_keeps_log_retention_days(self):
        destination = self.api["AccessLogSettings"]["DestinationArn"]
        group = self.template["Resources"][destination["Fn::GetAtt"][0]]
        self.assertEqual("AWS::Logs::LogGroup", group["Type"])
        self.assertEqual({"Ref": "LogRetentionDays"}, group["Properties"]["RetentionInDays"])


class OperatorPolicyTest(unittest.TestCase):
    def test_invoke_on_the_admin_routes_of_this_api_only(self):
        template = _template()
        policy = template["Resources"]["AdminOperatorPolicy"]
        self.assertEqual("AWS::IAM::ManagedPolicy", policy["Type"])
        statements = policy["Properties"]["PolicyDocument"]["Statement"]
        self.assertEqual(1, len(statements))
        self.assertEqual("Allow", statements[0]["Effect"])
        self.assertEqual("execute-api:Invoke", statements[0]["Action"])
        resources = [r["Fn::Sub"] for r in statements[0]["Resource"]]
        self.assertEqual(
            ["arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${ScimApi}"
             "/$default/*/admin/*"], resources)
        self.assertEqual({"Ref": "AdminOperatorPolicy"},
                         template["Outputs"]["AdminOperatorPolicyArn"]["Value"])

    def test_every_admin_route_is_iam_authorised_and_under_admin(self):
        template = _template()
        admin = template["Resources"]["AdminFunction"]["Properties"]["Events"]
        for name, event in admin.items():
            with self.subTest(route=name):
                self.assertTrue(event["Properties"]["Path"].startswith("/admin/"))
                self.assertEqual("AWS_IAM", event["Properties"]["Auth"]["Authorizer"])


if __name__ == "__main__":
    unittest.main()
