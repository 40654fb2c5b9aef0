"""Tracing a live application: the span API and the background exporter that never blocks it."""
