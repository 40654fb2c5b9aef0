"""The same LLM trace as pydantic v2 and msgspec models: the peers the codec is measured against."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
import pydantic


class PTimestamps(pydantic.BaseModel):
    started_at: int
    finished_at: int
    first_token_at: int | None = None


class PChatMessage(pydantic.BaseModel):
    role: Literal["system", "developer", "user", "assistant", "function", "tool", "unknown"] | None = None
    content: str | None = None


class PChatMessages(pydantic.BaseModel):
    type: Literal["chat_messages"] = "chat_messages"
    value: list[PChatMessage]


class PText(pydantic.BaseModel):
    type: Literal["text"] = "text"
    value: str


PIO = Annotated[PChatMessages | PText, pydantic.Field(discriminator="type")]


class PMetrics(pydantic.BaseModel):
    prompt_tokens: float | None = None
    completion_tokens: float | None = None
    cost: float | None = None


class PParams(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    temperature: float | None = None
    max_tokens: float | None = None
    stream: bool | None = None


class PLLMSpan(pydantic.BaseModel):
    type: Literal["llm"] = "llm"
    span_id: str
    parent_id: str | None = None
    trace_id: str | None = None
    name: str | None = None
    vendor: str | None = None
    model: str | None = None
    input: PIO | None = None
    output: PIO | None = None
    timestamps: PTimestamps
    metrics: PMetrics | None = None
    params: PParams | None = None


class PRequest(pydantic.BaseModel):
    trace_id: str | None = None
    spans: list[PLLMSpan]
    metadata: dict[str, Any] | None = None


class MTimestamps(msgspec.Struct, omit_defaults=True):
    started_at: int
    finished_at: int
    first_token_at: int | None = None


class MChatMessage(msgspec.Struct, omit_defaults=True):
    role: str | None = None
    content: str | None = None


class MChatMessages(msgspec.Struct, tag="chat_messages", tag_field="type"):
    value: list[MChatMessage]


class MText(msgspec.Struct, tag="text", tag_field="type"):
    value: str


class MMetrics(msgspec.Struct, omit_defaults=True):
    prompt_tokens: float | None = None
    completion_tokens: float | None = None
    cost: float | None = None


class MParams(msgspec.Struct, omit_defaults=True):
    temperature: float | None = None
    max_tokens: float | None = None
    stream: bool | None = None


class MLLMSpan(msgspec.Struct, omit_defaults=True):
    span_id: str
    timestamps: MTimestamps
    type: str = "llm"
    parent_id: str | None = None
    trace_id: str | None = None
    name: str | None = None
    vendor: str | None = None
    model: str | None = None
    input: MChatMessages | MText | None = None
    output: MChatMessages | MText | None = None
    metrics: MMetrics | None = None
    params: MParams | None = None


class MRequest(msgspec.Struct, omit_defaults=True):
    spans: list[MLLMSpan]
    trace_id: str | None = None
    metadata: dict[str, Any] | None = None
