"""The planner's console in the browser: ``chain-graph serve`` (docs/console.md)."""
