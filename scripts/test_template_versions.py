"""Every deploy-time parameter a function sees reaches its `live` alias (issue 8, item 4).

Translates template.yaml with the SAM translator (samtranslator, shipped with cfn-lint; the same
code CloudFormation's AWS::Serverless transform runs) once with the defaults and once per changed
parameter, the way `sam deploy` would after `sam package` (CodeUri becomes an S3 location).
CloudFormation publishes a new Lambda version when the Version resource's logical id changes or
when one of its create-only properties changes (replacement); the alias then follows it. So for
each function: a parameter its configuration refers to must change that identity; a parameter it
does not refer to must leave it alone (no needless version, no new SnapStart snapshot).

Run: python3 -m unittest discover -s scripts -p 'test_*.py'   (part of `make test`)
See docs/decisions/0021-parameters-reach-live.md.
"""

import copy
import json
import os
import pathlib
import unittest

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")

import cfnlint.decode  # noqa: E402  (after the region: the translator reads it on import paths)
from cfnlint.schema import PROVIDER_SCHEMA_MANAGER  # noqa: E402
from samtranslator.intrinsics.resolver import IntrinsicsResolver  # noqa: E402
from samtranslator.translator.transform import transform  # noqa: E402

TEMPLATE = pathlib.Path(__file__).resolve().parent.parent / "template.yaml"


class _NoManagedPolicies:
    """The template names no AWS managed policies, so the translator needs no IAM lookup."""

    def load(self):
        return {}


def _template():
    template, matches = cfnlint.decode.decode(str(TEMPLATE))
    assert template is not None, matches
    return template


def _packaged(template):
    """What `sam package` hands CloudFormation: local CodeUri paths become S3 locations."""
    template = copy.deepcopy(template)
    for name, resource in template["Resources"].items():
        if resource["Type"] == "AWS::Serverless::Function":
            code_uri = resource["Properties"]["CodeUri"]
            resource["Properties"]["CodeUri"] = "s3://artifacts/" + code_uri.rsplit("/", 1)[-1]
    return template


def _changed_value(parameter):
    """A valid value other than the default, from the parameter's own constraints."""
    default = parameter.get("Default")
    if "AllowedValues" in parameter:
        return str(next(v for v in parameter["AllowedValues"] if str(v) != str(default)))
    if parameter.get("Type") == "Number":
        low = parameter.get("MinValue", 0)
        high = parameter.get("MaxValue", int(default or 0) + 2)
        return str(next(v for v in range(int(low), int(high) + 1) if str(v) != str(default)))
    return "changed-" + str(default or "")


def _refers_to(node, name):
    """True when the node refers to the parameter by Ref or inside a Fn::Sub string."""
    if isinstance(node, dict):
        if node.get("Ref") == name:
            return True
        sub = node.get("Fn::Sub")
        text = sub[0] if isinstance(sub, list) else sub
        if isinstance(text, str) and "${" + name + "}" in text:
            return True
        return any(_refers_to(v, name) for v in node.values())
    if isinstance(node, list):
        return any(_refers_to(v, name) for v in node)
    return False


def _version_identities(template, values):
    """Function -> (Version logical id, its create-only properties with parameters resolved)."""
    translated = transform(_packaged(template), values, _NoManagedPolicies())
    create_only = [
        p.rsplit("/", 1)[-1]
        for p in PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", "AWS::Lambda::Version")
        .schema["createOnlyProperties"]
    ]
    defaults = {
        k: str(v["Default"]) for k, v in template["Parameters"].items() if "Default" in v
    }
    resolver = IntrinsicsResolver({**defaults, **values})
    identities = {}
    for logical_id, resource in translated["Resources"].items():
        if resource["Type"] != "AWS::Lambda::Version":
            continue
        properties = resolver.resolve_parameter_refs(copy.deepcopy(resource["Properties"]))
        function = properties["FunctionName"]["Ref"]
        fixed = {k: properties[k] for k in create_only if k in properties}
        identities[function] = (logical_id, json.dumps(fixed, sort_keys=True))
    return identities


class ParametersReachLiveTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.template = _template()
        cls.functions = {
            name: resource
            for name, resource in cls.template["Resources"].items()
            if resource["Type"] == "AWS::Serverless::Function"
        }
        cls.baseline = _version_identities(cls.template, {})

    def test_every_function_publishes_to_live(self):
        self.assertEqual(set(self.functions), set(self.baseline))

    def test_translation_is_stable(self):
        self.assertEqual(self.baseline, _version_identities(self.template, {}))

    def test_each_parameter_changes_exactly_the_versions_of_the_functions_that_see_it(self):
        globals_function = self.template.get("Globals", {}).get("Function", {})
        for name, parameter in self.template["Parameters"].items():
            value = _changed_value(parameter)
            changed = _version_identities(self.template, {name: value})
            for function, resource in self.functions.items():
                sees_it = _refers_to(globals_function, name) or _refers_to(
                    resource["Properties"], name
                )
                with self.subTest(parameter=name, value=value, function=function):
                    if sees_it:
                        self.assertNotEqual(
                            self.baseline[function],
                            changed[function],
                            f"{name}={value} reaches {function}'s configuration but publishes no"
                            " new version: add it to its VersionDescription",
                        )
                    else:
                        self.assertEqual(self.baseline[function], changed[function])

    def test_a_code_change_still_publishes(self):
        template = copy.deepcopy(self.template)
        first = next(iter(self.functions))
        template["Resources"][first]["Properties"]["CodeUri"] += ".changed"
        translated = transform(_packaged(template), {}, _NoManagedPolicies())
        versions = [
            k for k, v in translated["Resources"].items() if v["Type"] == "AWS::Lambda::Version"
        ]
        self.assertNotIn(self.baseline[first][0], versions)


if __name__ == "__main__":
    unittest.main()
