"""Contract tests: schemathesis fuzzes every bundled spec against the emulator, in-process."""
