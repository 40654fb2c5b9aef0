# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""openapi/collector.yaml as data: the package's one copy of the contract, read by the validator
and the mock collector (no YAML parser needed)."""

from typing import Any

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
    "info": {
        "title": "LangWatch trace collector",
        "version": "1.0.0",
        "summary": "The REST endpoint that receives traces, spans and evaluations.",
        "description": "A machine-readable description of LangWatch's `POST /api/collector`, "
        "written from the\n"
        "open-source server (`platform/app/src/server/routes/collector.ts` and\n"
        "`platform/app/src/server/tracer/types.ts`). It describes what the "
        "current server accepts\n"
        "and how it answers; the answers of older self-hosted servers are given "
        "as examples so\n"
        "that a client can recognise them.\n"
        "\n"
        "Timestamps are epoch **milliseconds** (13 digits): the server rejects "
        "seconds.\n"
        "Unknown keys on a span are dropped by the server, not rejected.\n",
    },
    "servers": [
        {
            "url": "https://app.langwatch.ai",
            "description": "LangWatch cloud. Self-hosted installs use their own URL (LANGWATCH_ENDPOINT).",
        }
    ],
    "security": [{"apiKeyHeader": []}, {"bearerAuth": []}, {"basicAuth": []}],
    "paths": {
        "/api/collector": {
            "post": {
                "operationId": "collect",
                "summary": "Send one trace (its spans, metadata and evaluations).",
                "description": "Sends one trace: up to 200 spans and up to "
                "200 evaluations that share one trace id.\n"
                "Resending spans is safe: the server skips a "
                "(trace_id, span_id) it received within the\n"
                "last hour. Evaluations are not "
                "deduplicated: a resent body stores its "
                "evaluations again\n"
                "(under the same id: the given "
                "`evaluation_id`, else an md5 of the trace "
                "id and the\n"
                "evaluation, so an id chosen by the client "
                "does not make a resend idempotent). A "
                "request\n"
                "that carries evaluations is safe to retry "
                "only after an answer that proves nothing "
                "was\n"
                "recorded: 408, a 429 rate limit, or the "
                "route's 500 `Failed to ingest all N spans`\n"
                "(returned before any evaluation is "
                "dispatched). Spans that started more than "
                "31 days\n"
                "ago are dropped and counted in "
                "`partialSuccess.rejectedSpans`.\n"
                "\n"
                "The server reads a body with its own "
                "conversions (legacy `id` and `outputs`, "
                "top-level\n"
                "`user_id`/`thread_id`/`customer_id`/`labels`, "
                "RAG contexts given as strings, unknown\n"
                "metrics moved into `params`, unknown keys "
                "dropped): the client's\n"
                "`server_reading.py` states them, and the "
                "conformance corpus checks them.\n",
                "x-retry": {
                    "idempotent": True,
                    "statuses": [408, 429],
                    "server-errors": True,
                    "terminal-messages": ["Too many spans", "Too many evaluations", "ERR_PLAN_LIMIT"],
                },
                "x-limits": {
                    "max-spans": 200,
                    "max-evaluations": 200,
                    "max-body-bytes": 10485760,
                    "span-max-age-days": 31,
                    "dedup-window-seconds": 3600,
                },
                "parameters": [
                    {
                        "name": "force_sync",
                        "in": "query",
                        "required": False,
                        "description": "Process the trace synchronously (honoured by older self-hosted servers).",
                        "schema": {"type": "boolean"},
                    },
                    {
                        "name": "X-Project-Id",
                        "in": "header",
                        "required": False,
                        "description": "The project id, needed by newer API key types (LANGWATCH_PROJECT_ID).",
                        "schema": {"type": "string"},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CollectorRequest"},
                            "examples": {
                                "llm_chat_messages": {
                                    "summary": "An LLM span with chat messages, params, metrics and reserved metadata",
                                    "value": {
                                        "trace_id": "trace-123",
                                        "spans": [
                                            {
                                                "type": "llm",
                                                "span_id": "span-456",
                                                "vendor": "openai",
                                                "model": "gpt-4",
                                                "input": {
                                                    "type": "chat_messages",
                                                    "value": [{"role": "user", "content": "Input to the LLM"}],
                                                },
                                                "output": {
                                                    "type": "chat_messages",
                                                    "value": [
                                                        {
                                                            "role": "assistant",
                                                            "content": "Output from the LLM",
                                                            "function_call": None,
                                                            "tool_calls": [],
                                                        }
                                                    ],
                                                },
                                                "params": {"temperature": 0.7, "stream": False},
                                                "metrics": {"prompt_tokens": 100, "completion_tokens": 150},
                                                "timestamps": {
                                                    "started_at": 1706628806000,
                                                    "finished_at": 1706628808000,
                                                },
                                            }
                                        ],
                                        "metadata": {
                                            "user_id": "optional_end_user_identifier",
                                            "thread_id": "optional_thread_identifier",
                                            "customer_id": "optional_platform_customer_identifier",
                                            "labels": ["optional_label_1", "optional_label_2"],
                                        },
                                    },
                                },
                                "llm_text_custom_metadata": {
                                    "summary": "An LLM span with text input and output, reserved and custom metadata",
                                    "value": {
                                        "trace_id": "trace-123",
                                        "spans": [
                                            {
                                                "type": "llm",
                                                "span_id": "span-456",
                                                "name": "chat-completion",
                                                "model": "gpt-4",
                                                "input": {"type": "text", "value": "Hello"},
                                                "output": {"type": "text", "value": "Hi there!"},
                                                "timestamps": {
                                                    "started_at": 1699900000000,
                                                    "finished_at": 1699900001000,
                                                },
                                            }
                                        ],
                                        "metadata": {
                                            "user_id": "user-123",
                                            "thread_id": "conversation-456",
                                            "customer_id": "customer-789",
                                            "labels": ["production", "premium"],
                                            "any_custom_field": "any value",
                                        },
                                    },
                                },
                                "evaluations_only": {
                                    "summary": "Evaluations with no spans",
                                    "value": {
                                        "trace_id": "your-trace-id",
                                        "evaluations": [
                                            {
                                                "name": "my_custom_metric",
                                                "passed": True,
                                                "score": 0.85,
                                                "details": "Custom evaluation result",
                                            }
                                        ],
                                    },
                                },
                                "rag_with_nested_spans": {
                                    "summary": "A "
                                    "RAG "
                                    "span "
                                    "with "
                                    "contexts "
                                    "under "
                                    "an "
                                    "agent "
                                    "span, "
                                    "a "
                                    "tool "
                                    "span "
                                    "with "
                                    "an "
                                    "error",
                                    "value": {
                                        "trace_id": "trace-rag-1",
                                        "spans": [
                                            {
                                                "type": "agent",
                                                "span_id": "span-agent",
                                                "trace_id": "trace-rag-1",
                                                "name": "support-agent",
                                                "input": {"type": "text", "value": "What is our refund policy?"},
                                                "output": {
                                                    "type": "json",
                                                    "value": {"answer": "Within 30 days", "sources": 2},
                                                },
                                                "timestamps": {
                                                    "started_at": 1706628806000,
                                                    "finished_at": 1706628809000,
                                                },
                                            },
                                            {
                                                "type": "rag",
                                                "span_id": "span-rag",
                                                "parent_id": "span-agent",
                                                "trace_id": "trace-rag-1",
                                                "contexts": [
                                                    {
                                                        "document_id": "doc-1",
                                                        "chunk_id": "1",
                                                        "content": "Refunds are accepted within 30 days.",
                                                    },
                                                    {
                                                        "content": {
                                                            "title": "FAQ",
                                                            "body": "Contact support for refunds.",
                                                        }
                                                    },
                                                ],
                                                "timestamps": {
                                                    "started_at": 1706628806100,
                                                    "finished_at": 1706628806400,
                                                },
                                            },
                                            {
                                                "type": "tool",
                                                "span_id": "span-tool",
                                                "parent_id": "span-agent",
                                                "trace_id": "trace-rag-1",
                                                "name": "lookup_order",
                                                "input": {"type": "json", "value": {"order_id": 42}},
                                                "error": {
                                                    "message": "Order service unavailable",
                                                    "stacktrace": [
                                                        "Traceback (most recent call last):",
                                                        "TimeoutError",
                                                    ],
                                                },
                                                "timestamps": {
                                                    "started_at": 1706628806500,
                                                    "finished_at": 1706628807500,
                                                },
                                            },
                                        ],
                                        "metadata": {
                                            "user_id": "user-1",
                                            "labels": ["support"],
                                            "plan": {"tier": "pro", "seats": 5},
                                        },
                                        "expected_output": "Within 30 days.",
                                    },
                                },
                                "llm_tool_calls_and_guardrail": {
                                    "summary": "Tool "
                                    "calls, "
                                    "rich "
                                    "content, "
                                    "a "
                                    "guardrail "
                                    "result "
                                    "and "
                                    "evaluations "
                                    "with "
                                    "every "
                                    "status",
                                    "value": {
                                        "trace_id": "trace-tools-1",
                                        "spans": [
                                            {
                                                "type": "llm",
                                                "span_id": "span-llm-1",
                                                "vendor": "anthropic",
                                                "model": "claude-sonnet-4",
                                                "input": {
                                                    "type": "chat_messages",
                                                    "value": [
                                                        {"role": "system", "content": "You are a helpful assistant."},
                                                        {
                                                            "role": "user",
                                                            "content": [
                                                                {"type": "text", "text": "What is in this picture?"},
                                                                {
                                                                    "type": "image_url",
                                                                    "image_url": {
                                                                        "url": "https://example.com/cat.png",
                                                                        "detail": "low",
                                                                    },
                                                                },
                                                            ],
                                                        },
                                                    ],
                                                },
                                                "output": {
                                                    "type": "chat_messages",
                                                    "value": [
                                                        {
                                                            "role": "assistant",
                                                            "content": None,
                                                            "tool_calls": [
                                                                {
                                                                    "id": "call-1",
                                                                    "type": "function",
                                                                    "function": {
                                                                        "name": "describe_image",
                                                                        "arguments": '{"detail": "low"}',
                                                                    },
                                                                }
                                                            ],
                                                        }
                                                    ],
                                                },
                                                "params": {
                                                    "temperature": 0,
                                                    "max_tokens": 256,
                                                    "stop": ["\n\n"],
                                                    "tool_choice": "auto",
                                                    "custom_flag": True,
                                                },
                                                "metrics": {
                                                    "prompt_tokens": 812,
                                                    "completion_tokens": 40,
                                                    "cost": 0.0031,
                                                    "tokens_estimated": False,
                                                },
                                                "timestamps": {
                                                    "started_at": 1706628806000,
                                                    "first_token_at": 1706628806300,
                                                    "finished_at": 1706628807000,
                                                },
                                            },
                                            {
                                                "type": "guardrail",
                                                "span_id": "span-guard-1",
                                                "parent_id": "span-llm-1",
                                                "output": {
                                                    "type": "guardrail_result",
                                                    "value": {
                                                        "status": "processed",
                                                        "passed": True,
                                                        "score": 1,
                                                        "cost": {"currency": "USD", "amount": 0.0002},
                                                    },
                                                },
                                                "timestamps": {
                                                    "started_at": 1706628807000,
                                                    "finished_at": 1706628807100,
                                                },
                                            },
                                        ],
                                        "evaluations": [
                                            {
                                                "name": "toxicity",
                                                "span_id": "span-llm-1",
                                                "passed": True,
                                                "is_guardrail": False,
                                                "timestamps": {
                                                    "started_at": 1706628807000,
                                                    "finished_at": 1706628807200,
                                                },
                                            },
                                            {"name": "tone", "label": "friendly", "status": "processed"},
                                            {
                                                "name": "faithfulness",
                                                "status": "skipped",
                                                "details": "No contexts to compare.",
                                            },
                                            {
                                                "name": "relevance",
                                                "status": "error",
                                                "error": {"message": "Evaluator timed out", "stacktrace": []},
                                            },
                                        ],
                                    },
                                },
                            },
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "The trace was "
                        "received. "
                        "`partialSuccess.rejectedSpans` "
                        "counts spans that "
                        "were\n"
                        "dropped (older than "
                        "31 days) or failed to "
                        "ingest. Older servers "
                        "answer without\n"
                        "`partialSuccess`, and "
                        "with `No changes` for "
                        "a resend.\n",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/CollectorResponse"},
                                "examples": {
                                    "accepted": {
                                        "value": {
                                            "message": "Trace received successfully.",
                                            "partialSuccess": {
                                                "rejectedSpans": 0,
                                                "rejectedEvaluations": 0,
                                                "errorMessage": "",
                                            },
                                        }
                                    },
                                    "old_span_dropped": {
                                        "value": {
                                            "message": "Trace received successfully.",
                                            "partialSuccess": {
                                                "rejectedSpans": 1,
                                                "rejectedEvaluations": 0,
                                                "errorMessage": "1 "
                                                "span(s) "
                                                "dropped: "
                                                "start "
                                                "time "
                                                "is "
                                                "more "
                                                "than "
                                                "31 "
                                                "days "
                                                "in "
                                                "the "
                                                "past",
                                            },
                                        }
                                    },
                                    "legacy_accepted": {
                                        "summary": "Older self-hosted server",
                                        "value": {"message": "Trace received successfully."},
                                    },
                                    "legacy_no_changes": {
                                        "summary": "Older self-hosted server, identical resend",
                                        "value": {"message": "No changes"},
                                    },
                                },
                            }
                        },
                    },
                    "400": {
                        "description": "The body is not a JSON object, or fails validation, or breaks a server rule.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                                "examples": {
                                    "not_json": {"value": {"message": "Invalid body, expecting json"}},
                                    "validation": {
                                        "value": {"error": 'Validation error: Required at "timestamps" at "spans[0]"'}
                                    },
                                    "no_trace_id": {"value": {"message": "Trace ID not defined"}},
                                    "mixed_trace_ids": {"value": {"message": "All spans must have the same trace id"}},
                                    "spans_not_array": {"value": {"message": "Invalid 'spans' field, expecting array"}},
                                    "seconds_timestamps": {
                                        "value": {
                                            "error": "Timestamps "
                                            "should "
                                            "be "
                                            "in "
                                            "milliseconds "
                                            "not "
                                            "in "
                                            "seconds, "
                                            "please "
                                            "multiply "
                                            "it "
                                            "by "
                                            "1000"
                                        }
                                    },
                                    "seconds_evaluation_timestamps": {
                                        "value": {
                                            "error": "Evaluation "
                                            "timestamps "
                                            "should "
                                            "be "
                                            "in "
                                            "milliseconds "
                                            "not "
                                            "in "
                                            "seconds, "
                                            "please "
                                            "multiply "
                                            "it "
                                            "by "
                                            "1000"
                                        }
                                    },
                                    "evaluation_without_verdict": {
                                        "value": {
                                            "error": "Either "
                                            "`passed`, "
                                            "`score` "
                                            "or "
                                            "`label` "
                                            "field "
                                            "must "
                                            "be "
                                            "defined "
                                            "for "
                                            "evaluations"
                                        }
                                    },
                                },
                            }
                        },
                    },
                    "401": {
                        "description": "No API key, or an unknown one.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                                "examples": {
                                    "current": {"value": {"error": "Unauthorized", "message": "Invalid credentials"}},
                                    "legacy_missing": {
                                        "value": {
                                            "message": "Authentication "
                                            "token "
                                            "is "
                                            "required. "
                                            "Use "
                                            "X-Auth-Token "
                                            "header "
                                            "or "
                                            "Authorization: "
                                            "Bearer "
                                            "token."
                                        }
                                    },
                                    "legacy_invalid": {"value": {"message": "Invalid auth token."}},
                                },
                            }
                        },
                    },
                    "402": {
                        "description": "The monthly plan limit is reached. Retrying does not help.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/PlanLimitErrorResponse"},
                                "examples": {
                                    "plan_limit": {
                                        "value": {
                                            "error": "ERR_PLAN_LIMIT",
                                            "message": "You have reached the monthly limit of your plan.",
                                            "currentMonthMessagesCount": 1000,
                                            "maxMessagesPerMonth": 1000,
                                            "activePlanName": "free",
                                            "tips": ["Upgrade your plan to send more traces."],
                                            "fault": "customer",
                                        }
                                    }
                                },
                            }
                        },
                    },
                    "403": {
                        "description": "The API key lacks the `traces:create` permission.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/PermissionDeniedErrorResponse"},
                                "examples": {
                                    "permission_denied": {
                                        "value": {
                                            "error": "api_key_permission_denied",
                                            "message": "API Key does not grant required permission: traces:create",
                                            "permission": "traces:create",
                                        }
                                    },
                                    "permission_not_delegable": {
                                        "summary": "The key's creator no longer holds the permission it grants",
                                        "value": {
                                            "error": "api_key_permission_not_delegable",
                                            "message": "API Key does not grant required permission: traces:create",
                                            "permission": "traces:create",
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "413": {
                        "description": "The body is over 10 "
                        "MiB (answered before "
                        "the credentials are "
                        "looked at, by the\n"
                        "framework's error "
                        "handler). Split the "
                        "trace or trim large "
                        "fields.\n",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                                "examples": {"too_large": {"value": {"error": "An error occurred", "message": ""}}},
                            }
                        },
                    },
                    "429": {
                        "description": "Too many spans or "
                        "evaluations in one "
                        "request (at most 200 "
                        "of each): not "
                        "transient,\n"
                        "split the trace. "
                        "Older servers also "
                        "answer the plan limit "
                        "with 429\n"
                        "(`ERR_PLAN_LIMIT: "
                        "…`), which is not "
                        "transient either.\n",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                                "examples": {
                                    "too_many_spans": {
                                        "value": {"message": "Too many spans, maximum of 200 per trace"}
                                    },
                                    "too_many_evaluations": {
                                        "value": {"message": "Too many evaluations, maximum of 200 per trace"}
                                    },
                                    "legacy_plan_limit": {
                                        "value": {
                                            "message": "ERR_PLAN_LIMIT: "
                                            "You "
                                            "have "
                                            "reached "
                                            "the "
                                            "monthly "
                                            "limit "
                                            "of "
                                            "your "
                                            "plan."
                                        }
                                    },
                                },
                            }
                        },
                    },
                    "500": {
                        "description": "Every span failed to ingest. Transient: retry (resent spans are deduplicated).",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/IngestFailureResponse"},
                                "examples": {
                                    "ingest_failure": {
                                        "value": {
                                            "message": "Failed to ingest all 2 spans, please retry",
                                            "partialSuccess": {
                                                "rejectedSpans": 2,
                                                "errorMessage": "queue unavailable; queue unavailable",
                                            },
                                        }
                                    }
                                },
                            }
                        },
                    },
                },
            }
        }
    },
    "components": {
        "securitySchemes": {
            "apiKeyHeader": {
                "type": "apiKey",
                "in": "header",
                "name": "X-Auth-Token",
                "description": "The project's API key (LANGWATCH_API_KEY). Known to every server version.",
            },
            "bearerAuth": {"type": "http", "scheme": "bearer", "description": "`Authorization: Bearer <api key>`."},
            "basicAuth": {
                "type": "http",
                "scheme": "basic",
                "description": "`Authorization: Basic base64(<project id>:<token>)`; current server only.",
            },
        },
        "schemas": {
            "CollectorRequest": {
                "type": "object",
                "description": "One trace. The trace id comes "
                "from `trace_id`, else from the "
                "first span; every span\n"
                "that names a trace id must name "
                "that one. `spans` may be omitted "
                "for a body of\n"
                "evaluations only.\n",
                "properties": {
                    "trace_id": {"type": ["string", "null"]},
                    "spans": {
                        "description": "Null or "
                        "absent "
                        "for a "
                        "body of "
                        "evaluations "
                        "only "
                        "(the "
                        "server "
                        "reads "
                        "both as "
                        "no "
                        "spans).",
                        "type": ["array", "null"],
                        "items": {"$ref": "#/components/schemas/Span"},
                    },
                    "metadata": {"oneOf": [{"$ref": "#/components/schemas/TraceMetadata"}, {"type": "null"}]},
                    "expected_output": {"type": ["string", "null"]},
                    "evaluations": {"type": "array", "items": {"$ref": "#/components/schemas/RESTEvaluation"}},
                },
            },
            "TraceMetadata": {
                "type": "object",
                "description": "Reserved keys, plus any other key as "
                "custom metadata: a primitive, an "
                "array of\n"
                "primitives, an object of primitives, "
                "or an object of objects of "
                "primitives.\n",
                "properties": {
                    "user_id": {"type": ["string", "null"]},
                    "thread_id": {"type": ["string", "null"]},
                    "customer_id": {"type": ["string", "null"]},
                    "labels": {"$ref": "#/components/schemas/NullableStringList"},
                    "topic_id": {"type": ["string", "null"]},
                    "subtopic_id": {"type": ["string", "null"]},
                    "sdk_name": {"type": ["string", "null"]},
                    "sdk_version": {"type": ["string", "null"]},
                    "sdk_language": {"type": ["string", "null"]},
                    "telemetry_sdk_language": {"type": ["string", "null"]},
                    "telemetry_sdk_name": {"type": ["string", "null"]},
                    "telemetry_sdk_version": {"type": ["string", "null"]},
                    "prompt_ids": {"$ref": "#/components/schemas/NullableStringList"},
                    "prompt_version_ids": {"$ref": "#/components/schemas/NullableStringList"},
                },
                "additionalProperties": {"$ref": "#/components/schemas/CustomMetadataValue"},
            },
            "NullableStringList": {"type": ["array", "null"], "items": {"type": "string"}},
            "MetadataPrimitive": {"type": ["string", "number", "boolean", "null"]},
            "CustomMetadataValue": {
                "description": "A custom metadata value.",
                "anyOf": [
                    {"$ref": "#/components/schemas/MetadataPrimitive"},
                    {"type": "array", "items": {"$ref": "#/components/schemas/MetadataPrimitive"}},
                    {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/MetadataPrimitive"}},
                    {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "additionalProperties": {"$ref": "#/components/schemas/MetadataPrimitive"},
                        },
                    },
                ],
            },
            "SpanType": {
                "type": "string",
                "enum": [
                    "span",
                    "llm",
                    "chain",
                    "tool",
                    "agent",
                    "rag",
                    "guardrail",
                    "evaluation",
                    "workflow",
                    "component",
                    "module",
                    "server",
                    "client",
                    "producer",
                    "consumer",
                    "task",
                    "unknown",
                ],
            },
            "Span": {
                "description": "A span. The server checks it against LLMSpan, "
                "then RAGSpan, then BaseSpan, and takes\n"
                "the first that fits; BaseSpan admits every "
                "type, so a `rag` span without `contexts`\n"
                "is a valid BaseSpan.\n",
                "x-union-strategy": "first-match",
                "anyOf": [
                    {"$ref": "#/components/schemas/LLMSpan"},
                    {"$ref": "#/components/schemas/RAGSpan"},
                    {"$ref": "#/components/schemas/BaseSpan"},
                ],
            },
            "BaseSpan": {
                "type": "object",
                "required": ["span_id", "type", "timestamps"],
                "properties": {
                    "span_id": {"type": "string"},
                    "parent_id": {"type": ["string", "null"]},
                    "trace_id": {
                        "type": ["string", "null"],
                        "description": "Required unless the request's `trace_id` is set (the server copies it).",
                    },
                    "type": {"$ref": "#/components/schemas/SpanType"},
                    "name": {"type": ["string", "null"]},
                    "input": {"$ref": "#/components/schemas/NullableSpanInputOutput"},
                    "output": {"$ref": "#/components/schemas/NullableSpanInputOutput"},
                    "error": {"oneOf": [{"$ref": "#/components/schemas/ErrorCapture"}, {"type": "null"}]},
                    "timestamps": {"$ref": "#/components/schemas/SpanTimestamps"},
                    "metrics": {"oneOf": [{"$ref": "#/components/schemas/SpanMetrics"}, {"type": "null"}]},
                    "params": {"oneOf": [{"$ref": "#/components/schemas/SpanParams"}, {"type": "null"}]},
                },
            },
            "LLMSpan": {
                "allOf": [
                    {"$ref": "#/components/schemas/BaseSpan"},
                    {
                        "type": "object",
                        "properties": {
                            "type": {"const": "llm"},
                            "vendor": {"type": ["string", "null"]},
                            "model": {"type": ["string", "null"]},
                        },
                    },
                ]
            },
            "RAGSpan": {
                "allOf": [
                    {"$ref": "#/components/schemas/BaseSpan"},
                    {
                        "type": "object",
                        "required": ["contexts"],
                        "properties": {
                            "type": {"const": "rag"},
                            "contexts": {"type": "array", "items": {"$ref": "#/components/schemas/RAGChunk"}},
                        },
                    },
                ]
            },
            "RAGChunk": {
                "type": "object",
                "required": ["content"],
                "properties": {
                    "document_id": {"type": ["string", "null"]},
                    "chunk_id": {"type": ["string", "null"]},
                    "content": {
                        "description": "Text, or any JSON object or array.",
                        "type": ["string", "object", "array"],
                    },
                },
            },
            "SpanTimestamps": {
                "type": "object",
                "required": ["started_at", "finished_at"],
                "properties": {
                    "started_at": {"$ref": "#/components/schemas/EpochMillis"},
                    "finished_at": {"$ref": "#/components/schemas/EpochMillis"},
                    "first_token_at": {"oneOf": [{"$ref": "#/components/schemas/EpochMillis"}, {"type": "null"}]},
                    "ignore_timestamps_on_write": {"type": ["boolean", "null"]},
                },
            },
            "EpochMillis": {
                "description": "Milliseconds since the Unix epoch. The "
                "server takes any number and then "
                "requires that\n"
                "JavaScript writes it with exactly 13 "
                "characters (`String(n).length === "
                "13`), skipping 0:\n"
                "seconds (10 digits) and fractional "
                "milliseconds are rejected with a 400. "
                "The client\n"
                "applies the same rule "
                "(server_reading.py).\n",
                "type": "number",
                "x-unit": "epoch-milliseconds",
            },
            "ErrorCapture": {
                "type": "object",
                "required": ["message", "stacktrace"],
                "properties": {
                    "has_error": {"const": True, "description": "Optional from a client; the server sets it."},
                    "message": {"type": "string"},
                    "stacktrace": {"type": "array", "items": {"type": "string"}},
                },
            },
            "SpanMetrics": {
                "type": "object",
                "description": "Token counts and cost. Other keys are moved to `params` by the server.",
                "properties": {
                    "prompt_tokens": {"type": ["number", "null"]},
                    "completion_tokens": {"type": ["number", "null"]},
                    "reasoning_tokens": {"type": ["number", "null"]},
                    "cache_read_input_tokens": {"type": ["number", "null"]},
                    "cache_creation_input_tokens": {"type": ["number", "null"]},
                    "cost": {"type": ["number", "null"]},
                    "tokens_estimated": {"type": ["boolean", "null"]},
                },
            },
            "SpanParams": {
                "type": "object",
                "description": "Model parameters. The server stores "
                "params as a record of any JSON values: "
                "a reserved\n"
                "key with a value of another type "
                '(`"temperature": "NOT_GIVEN"`, as '
                "LangWatch's Python\n"
                "SDK sends for an omitted OpenAI "
                "argument) is accepted and kept. The "
                "model keeps such a\n"
                "value in `additional_properties` under "
                "its own name, leaving the typed field "
                "None.\n",
                "x-ill-typed-kept": True,
                "properties": {
                    "temperature": {"type": ["number", "null"]},
                    "top_p": {"type": ["number", "null"]},
                    "max_tokens": {"type": ["number", "null"]},
                    "n": {"type": ["number", "null"]},
                    "seed": {"type": ["number", "null"]},
                    "frequency_penalty": {"type": ["number", "null"]},
                    "presence_penalty": {"type": ["number", "null"]},
                    "logprobs": {"type": ["boolean", "null"]},
                    "top_logprobs": {"type": ["number", "null"]},
                    "logit_bias": {
                        "oneOf": [{"type": "object", "additionalProperties": {"type": "number"}}, {"type": "null"}]
                    },
                    "stop": {
                        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}, {"type": "null"}]
                    },
                    "stream": {"type": ["boolean", "null"]},
                    "tools": {"type": ["array", "null"], "items": {"type": "object"}},
                    "functions": {"type": ["array", "null"], "items": {"type": "object"}},
                    "tool_choice": {"type": ["string", "object", "null"]},
                    "parallel_tool_calls": {"type": ["boolean", "null"]},
                    "user": {"type": ["string", "null"]},
                    "reasoning_effort": {"type": ["string", "null"]},
                },
                "additionalProperties": True,
            },
            "NullableSpanInputOutput": {"oneOf": [{"$ref": "#/components/schemas/SpanInputOutput"}, {"type": "null"}]},
            "SpanInputOutput": {
                "description": "A typed value, told apart by `type`.",
                "oneOf": [
                    {"$ref": "#/components/schemas/TypedValueText"},
                    {"$ref": "#/components/schemas/TypedValueRaw"},
                    {"$ref": "#/components/schemas/TypedValueJson"},
                    {"$ref": "#/components/schemas/TypedValueChatMessages"},
                    {"$ref": "#/components/schemas/TypedValueGuardrailResult"},
                    {"$ref": "#/components/schemas/TypedValueEvaluationResult"},
                    {"$ref": "#/components/schemas/TypedValueList"},
                ],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {
                        "text": "#/components/schemas/TypedValueText",
                        "raw": "#/components/schemas/TypedValueRaw",
                        "json": "#/components/schemas/TypedValueJson",
                        "chat_messages": "#/components/schemas/TypedValueChatMessages",
                        "guardrail_result": "#/components/schemas/TypedValueGuardrailResult",
                        "evaluation_result": "#/components/schemas/TypedValueEvaluationResult",
                        "list": "#/components/schemas/TypedValueList",
                    },
                },
            },
            "TypedValueText": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {"type": {"const": "text"}, "value": {"type": "string"}},
            },
            "TypedValueRaw": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {"type": {"const": "raw"}, "value": {"type": "string"}},
            },
            "TypedValueJson": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {
                    "type": {"const": "json"},
                    "value": {"description": "Any JSON value, passed through untouched."},
                },
            },
            "TypedValueChatMessages": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {
                    "type": {"const": "chat_messages"},
                    "value": {"type": "array", "items": {"$ref": "#/components/schemas/ChatMessage"}},
                },
            },
            "TypedValueGuardrailResult": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {
                    "type": {"const": "guardrail_result"},
                    "value": {"$ref": "#/components/schemas/EvaluationResult"},
                },
            },
            "TypedValueEvaluationResult": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {
                    "type": {"const": "evaluation_result"},
                    "value": {"$ref": "#/components/schemas/EvaluationResult"},
                },
            },
            "TypedValueList": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {
                    "type": {"const": "list"},
                    "value": {"type": "array", "items": {"$ref": "#/components/schemas/SpanInputOutput"}},
                },
            },
            "EvaluationResult": {
                "type": "object",
                "required": ["status"],
                "properties": {
                    "status": {"$ref": "#/components/schemas/EvaluationStatus"},
                    "passed": {"type": ["boolean", "null"]},
                    "score": {"type": ["number", "null"]},
                    "label": {"type": ["string", "null"]},
                    "details": {"type": ["string", "null"]},
                    "cost": {"oneOf": [{"$ref": "#/components/schemas/Money"}, {"type": "null"}]},
                },
                "additionalProperties": True,
            },
            "EvaluationStatus": {"type": "string", "enum": ["processed", "skipped", "error"]},
            "Money": {
                "type": "object",
                "required": ["currency", "amount"],
                "properties": {"currency": {"type": "string"}, "amount": {"type": "number"}},
                "additionalProperties": True,
            },
            "ChatRole": {
                "type": "string",
                "enum": ["system", "developer", "user", "assistant", "function", "tool", "unknown"],
            },
            "ChatMessage": {
                "type": "object",
                "description": "A chat message. The server stores "
                "input and output values as sent: keys "
                "it does not\n"
                "name (OpenAI's `refusal`, "
                "`annotations`, `audio`, ...) are kept, "
                "here and in every\n"
                "schema inside a typed value.\n",
                "properties": {
                    "role": {"$ref": "#/components/schemas/ChatRole"},
                    "content": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": {"$ref": "#/components/schemas/ChatRichContent"}},
                            {"type": "null"},
                        ]
                    },
                    "parts": {
                        "description": "The Vercel AI SDK's name for `content`.",
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/ChatRichContent"},
                    },
                    "function_call": {"oneOf": [{"$ref": "#/components/schemas/FunctionCall"}, {"type": "null"}]},
                    "tool_calls": {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/ToolCall"}},
                    "tool_call_id": {"type": ["string", "null"]},
                    "name": {"type": ["string", "null"]},
                    "reasoning_content": {"type": ["string", "null"]},
                },
                "additionalProperties": True,
            },
            "FunctionCall": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
                "additionalProperties": True,
            },
            "ToolCall": {
                "type": "object",
                "required": ["id", "type", "function"],
                "properties": {
                    "id": {"type": "string"},
                    "type": {"type": "string"},
                    "function": {"$ref": "#/components/schemas/FunctionCall"},
                },
                "additionalProperties": True,
            },
            "ChatRichContent": {
                "description": "A rich content part. The server "
                "takes the first shape that fits, "
                "in this order; two\n"
                "shapes share the tag `file`, and "
                "one (`{text}`) has no tag at "
                "all.\n",
                "x-union-strategy": "first-match",
                "anyOf": [
                    {"$ref": "#/components/schemas/TextContentPart"},
                    {"$ref": "#/components/schemas/UntypedTextContentPart"},
                    {"$ref": "#/components/schemas/ImageUrlContentPart"},
                    {"$ref": "#/components/schemas/ToolCallContentPart"},
                    {"$ref": "#/components/schemas/ToolResultContentPart"},
                    {"$ref": "#/components/schemas/BinaryContentPart"},
                    {"$ref": "#/components/schemas/InputAudioContentPart"},
                    {"$ref": "#/components/schemas/AudioContentPart"},
                    {"$ref": "#/components/schemas/ImageContentPart"},
                    {"$ref": "#/components/schemas/FileContentPart"},
                    {"$ref": "#/components/schemas/FileReferenceContentPart"},
                ],
            },
            "TextContentPart": {
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"const": "text"},
                    "text": {"type": "string"},
                    "content": {"type": "string", "description": "pi-ai writes `content` instead of `text`."},
                },
                "additionalProperties": True,
            },
            "UntypedTextContentPart": {
                "type": "object",
                "required": ["text"],
                "properties": {"text": {"type": "string"}},
                "additionalProperties": True,
            },
            "ImageUrlContentPart": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"const": "image_url"}, "image_url": {"$ref": "#/components/schemas/ImageUrl"}},
                "additionalProperties": True,
            },
            "ImageUrl": {
                "type": "object",
                "required": ["url"],
                "properties": {
                    "url": {"type": "string"},
                    "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                },
                "additionalProperties": True,
            },
            "ToolCallContentPart": {
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"const": "tool_call"},
                    "toolName": {"type": "string"},
                    "toolCallId": {"type": "string"},
                    "args": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "ToolResultContentPart": {
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"const": "tool_result"},
                    "toolName": {"type": "string"},
                    "toolCallId": {"type": "string"},
                    "result": {"description": "Any JSON value."},
                },
                "additionalProperties": True,
            },
            "BinaryContentPart": {
                "type": "object",
                "required": ["type", "mimeType"],
                "properties": {
                    "type": {"const": "binary"},
                    "mimeType": {"type": "string"},
                    "data": {"type": "string"},
                    "url": {"type": "string"},
                    "id": {"type": "string"},
                    "filename": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "InputAudioContentPart": {
                "type": "object",
                "required": ["type", "input_audio"],
                "properties": {
                    "type": {"const": "input_audio"},
                    "input_audio": {"$ref": "#/components/schemas/InputAudio"},
                },
                "additionalProperties": True,
            },
            "InputAudio": {
                "type": "object",
                "properties": {
                    "data": {"type": "string"},
                    "format": {"type": "string"},
                    "url": {"type": "string"},
                    "mimeType": {"type": "string"},
                    "id": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "AudioContentPart": {
                "type": "object",
                "required": ["type", "source"],
                "properties": {"type": {"const": "audio"}, "source": {"$ref": "#/components/schemas/AudioSource"}},
                "additionalProperties": True,
            },
            "AudioSource": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {
                    "type": {"type": "string", "enum": ["url", "data"]},
                    "value": {"type": "string"},
                    "mimeType": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "ImageContentPart": {
                "type": "object",
                "required": ["type", "image"],
                "properties": {
                    "type": {"const": "image"},
                    "image": {"type": "string"},
                    "mediaType": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "FileContentPart": {
                "type": "object",
                "required": ["type", "mediaType"],
                "properties": {
                    "type": {"const": "file"},
                    "mediaType": {"type": "string"},
                    "data": {"type": "string"},
                    "url": {"type": "string"},
                    "filename": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "FileReferenceContentPart": {
                "type": "object",
                "required": ["type", "file"],
                "properties": {"type": {"const": "file"}, "file": {"$ref": "#/components/schemas/FileReference"}},
                "additionalProperties": True,
            },
            "FileReference": {
                "type": "object",
                "properties": {
                    "file_data": {"type": "string"},
                    "file_id": {"type": "string"},
                    "filename": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "RESTEvaluation": {
                "type": "object",
                "description": "An evaluation of the trace (or of "
                "one span). It needs a verdict "
                "(`passed`, `score`\n"
                "or `label`) unless its status is "
                "`error` or `skipped` (a rule of the "
                "route, checked\n"
                "before this schema: 400). `status` "
                "defaults to `error` when there is "
                "an `error`, else\n"
                "`processed`; the server keeps "
                "`passed`, `score` and `label` only "
                "when the status is\n"
                "`processed` (the verdict gate, "
                "since 2026-08-13). Unknown keys are "
                "dropped. The server\n"
                "does not deduplicate evaluations: a "
                "resent body stores them again.\n",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "evaluation_id": {"type": ["string", "null"]},
                    "evaluator_id": {"type": ["string", "null"]},
                    "span_id": {"type": ["string", "null"]},
                    "type": {"type": ["string", "null"]},
                    "is_guardrail": {"type": ["boolean", "null"]},
                    "evaluation_thread_id": {"type": ["string", "null"]},
                    "status": {"oneOf": [{"$ref": "#/components/schemas/EvaluationStatus"}, {"type": "null"}]},
                    "passed": {"type": ["boolean", "null"]},
                    "score": {"type": ["number", "null"]},
                    "label": {"type": ["string", "null"]},
                    "details": {"type": ["string", "null"]},
                    "inputs": {"type": ["object", "null"]},
                    "error": {"oneOf": [{"$ref": "#/components/schemas/ErrorCapture"}, {"type": "null"}]},
                    "timestamps": {"oneOf": [{"$ref": "#/components/schemas/EvaluationTimestamps"}, {"type": "null"}]},
                },
            },
            "EvaluationTimestamps": {
                "type": "object",
                "properties": {
                    "started_at": {"oneOf": [{"$ref": "#/components/schemas/EpochMillis"}, {"type": "null"}]},
                    "finished_at": {"oneOf": [{"$ref": "#/components/schemas/EpochMillis"}, {"type": "null"}]},
                },
            },
            "CollectorResponse": {
                "type": "object",
                "required": ["message"],
                "properties": {
                    "message": {"type": "string"},
                    "partialSuccess": {"$ref": "#/components/schemas/PartialSuccess"},
                },
            },
            "PartialSuccess": {
                "type": "object",
                "properties": {
                    "rejectedSpans": {"type": "integer"},
                    "rejectedEvaluations": {"type": "integer"},
                    "errorMessage": {"type": "string"},
                },
            },
            "ErrorResponse": {
                "type": "object",
                "description": "An error answer. It carries `message`, `error`, or both.",
                "properties": {"message": {"type": "string"}, "error": {"type": "string"}},
            },
            "PlanLimitErrorResponse": {
                "type": "object",
                "required": ["message"],
                "properties": {
                    "error": {"type": "string"},
                    "message": {"type": "string"},
                    "currentMonthMessagesCount": {"type": "number"},
                    "maxMessagesPerMonth": {"type": "number"},
                    "activePlanName": {"type": "string"},
                    "tips": {"type": "array", "items": {}},
                    "fault": {"type": "string"},
                },
            },
            "PermissionDeniedErrorResponse": {
                "type": "object",
                "required": ["message"],
                "properties": {
                    "error": {"type": "string"},
                    "message": {"type": "string"},
                    "permission": {"type": "string"},
                },
            },
            "IngestFailureResponse": {
                "type": "object",
                "required": ["message"],
                "properties": {
                    "message": {"type": "string"},
                    "partialSuccess": {"$ref": "#/components/schemas/PartialSuccess"},
                },
            },
        },
    },
}
