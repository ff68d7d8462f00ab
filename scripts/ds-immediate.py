#!/usr/bin/env python3
"""Marks every Declarative Services component of the bundles immediate.

Why: a delayed component is created by the first thread that asks for its service. When two threads
(the feature installer starting bundles and SCR's actor thread, both feeding Pax Web's servlet tracker)
each create a chain of delayed components that needs the other's half-made service, Felix's
ServiceRegistry.getService waits forever on both (seen as a stalled boot: the Pax Exam probe never
registers, web components stay unsatisfied). Immediate components are made before their service is
registered, so nobody ever creates one from inside another's creation.

Run with --check to list components that are not immediate (the build's check uses it).
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
check = "--check" in sys.argv
missing = []
for path in sorted(root.glob("bundles/**/src/main/java/**/*.java")):
    text = path.read_text(encoding="utf-8")
    new = text
    for m in list(re.finditer(r"@Component\b(\((?:[^()]|\([^()]*\))*\))?", text))[::-1]:
        args = m.group(1) or ""
        # Factory components and bundle/prototype scoped services cannot be immediate.
        if "immediate" in args or "factory" in args or "ServiceScope.BUNDLE" in args or "ServiceScope.PROTOTYPE" in args:
            continue
        if args:
            inner = args[1:-1].strip()
            repl = "@Component(immediate = true" + (", " + args[1:] if inner else ")")
        else:
            repl = "@Component(immediate = true)"
        new = new[:m.start()] + repl + new[m.end():]
    if new != text:
        missing.append(str(path.relative_to(root)))
        if not check:
            path.write_text(new, encoding="utf-8")
if check and missing:
    print("Components that are not immediate:\n  " + "\n  ".join(missing))
    sys.exit(1)
print(("checked" if check else "updated") + f" ({len(missing)} files " + ("to fix" if check else "changed") + ")")
