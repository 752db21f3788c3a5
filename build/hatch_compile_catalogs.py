"""Hatchling build hook: compile the gettext catalogs into the wheel.

Git holds only ``.po`` sources; the wheel gets ``.mo`` files beside them under
``desktop_app/_resources/translations``. Editable installs skip this: at run time a
missing ``.mo`` is compiled in memory from its ``.po``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile every resources/translations/*/LC_MESSAGES/hearth.po to .mo."""

    PLUGIN_NAME = "custom"
    _out_root: Path | None = None

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        root = Path(self.root)
        out_root = Path(tempfile.mkdtemp(prefix="hearth-mo-"))
        self._out_root = out_root
        for po in sorted((root / "resources" / "translations").glob("*/LC_MESSAGES/hearth.po")):
            locale = po.parent.parent.name
            with po.open("rb") as fp:
                catalog = read_po(fp, locale=locale, domain="hearth")
            target = out_root / locale / "hearth.mo"
            target.parent.mkdir(parents=True)
            with target.open("wb") as fp:
                write_mo(fp, catalog, use_fuzzy=False)
            build_data["force_include"][str(target)] = (
                f"desktop_app/_resources/translations/{locale}/LC_MESSAGES/hearth.mo"
            )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        # The compiled catalogs are inside the wheel now; leave no scratch behind.
        if self._out_root is not None:
            shutil.rmtree(self._out_root, ignore_errors=True)
