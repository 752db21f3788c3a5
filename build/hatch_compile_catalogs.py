"""Hatchling build hook: compile the gettext catalogs of both domains into the wheel.

Git holds only ``.po`` sources; the wheel gets ``.mo`` files beside them under
``desktop_app/_resources/translations`` — ``hearth.mo`` (the staff UI) and ``family.mo``
(documents handed to a family), each with its ``X-Hearth-Review`` header kept.
Editable installs skip this: at run time a missing ``.mo`` is compiled in memory from
its ``.po``.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DOMAINS = ("hearth", "family")


def _pofiles(root: Path) -> ModuleType:
    """Load desktop_app/i18n/pofiles.py alone (it imports only Babel and the stdlib)."""
    path = root / "desktop_app" / "i18n" / "pofiles.py"
    spec = importlib.util.spec_from_file_location("_hearth_pofiles", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CompileCatalogsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile every resources/translations/*/LC_MESSAGES/<domain>.po to .mo."""

    PLUGIN_NAME = "custom"
    _out_root: Path | None = None

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        root = Path(self.root)
        pofiles = _pofiles(root)
        out_root = Path(tempfile.mkdtemp(prefix="hearth-mo-"))
        self._out_root = out_root
        translations = root / "resources" / "translations"
        for domain in DOMAINS:
            for po in sorted(translations.glob(f"*/LC_MESSAGES/{domain}.po")):
                folder = po.parent.parent.name
                target = out_root / folder / f"{domain}.mo"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(pofiles.compile_catalog(po, domain))
                build_data["force_include"][str(target)] = (
                    f"desktop_app/_resources/translations/{folder}/LC_MESSAGES/{domain}.mo"
                )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        # The compiled catalogs are inside the wheel now; leave no scratch behind.
        if self._out_root is not None:
            shutil.rmtree(self._out_root, ignore_errors=True)
