"""Turns the spec's schemas into attrs classes with datamodel-code-generator.

datamodel-code-generator has no attrs output, so it renders its dataclass output type through
our template (templates/dataclass.jinja2). Its imports are computed in Python, not in the
template, so the `dataclasses` import is swapped for `attrs` here.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from datamodel_code_generator import LiteralType, PythonVersion, generate
from datamodel_code_generator.enums import DataModelType, InputFileType

from codegen import spec

TEMPLATES = Path(__file__).parent / "templates"
_DATACLASS_IMPORT = re.compile(r"^from dataclasses import [^\n]+\n", re.MULTILINE)
_HEADER = re.compile(r"\A(#[^\n]*\n)+\n*")


def render(document: spec.Schema) -> str:
    model_document = spec.for_model_generation(document)
    extra_data: defaultdict[str, dict[str, Any]] = defaultdict(dict)
    extra_data.update(
        {
            name: {"additional_properties_type": value_type}
            for name, value_type in spec.additional_properties_types(document).items()
        }
    )
    source = generate(
        json.dumps(model_document),
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.DataclassesDataclass,
        custom_template_dir=TEMPLATES / "models",
        extra_template_data=extra_data,
        enum_field_as_literal=LiteralType.All,
        target_python_version=PythonVersion.PY_310,
        use_union_operator=True,
        use_standard_collections=True,
        use_schema_description=True,
        use_double_quotes=True,
        disable_timestamp=True,
        formatters=[],
    )
    if not isinstance(source, str):
        raise TypeError("datamodel-code-generator returned several modules; expected one")
    source = _HEADER.sub("", source)
    source = _DATACLASS_IMPORT.sub("import attrs\n", source)
    return source
