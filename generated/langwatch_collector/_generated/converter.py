# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The cattrs converter for the models: the generated codecs (`_codecs`) are its hooks.

Absent optional fields (None) are left out on output; a `const` tag such as `type` is always
written; tagged unions dispatch on their tag, first-match unions take, as the server does, the
first member the value fits. Unstructuring writes a value the codecs refuse leniently, as it is
(it is judged where it is validated); structuring validates, raising `_codecs.Unusual` (a
ValueError) for what the codecs do not take as it is: `parse` reads such data exactly.
Registering builds nothing: the hooks are the generated functions.
"""

import cattrs

from langwatch_collector._generated import codecs as _codecs
from langwatch_collector._generated.codec_support import new_converter
from langwatch_collector._generated.codecs import ILL_TYPED_KEPT, SCHEMA_NAMES

converter: cattrs.Converter = new_converter()
_codecs.register(converter)

__all__ = ["ILL_TYPED_KEPT", "SCHEMA_NAMES", "converter"]
