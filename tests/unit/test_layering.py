"""The layering rule: only desktop_app.gui may import Qt widgets."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

LOWER_LAYERS = [
    "desktop_app.core",
    "desktop_app.vault",
    "desktop_app.stats",
    "desktop_app.sync",
    "desktop_app.i18n",
    "desktop_app.commands",
]


def _import_all_submodules_blocking_widgets(package: str) -> subprocess.CompletedProcess[str]:
    # A meta-path finder makes any import of QtWidgets (or QtGui) fail loudly, then we
    # walk every submodule of the package so a late import cannot hide.
    code = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name in ("PySide6.QtWidgets", "PySide6.QtGui"):
                    raise ImportError("layering violation: " + name)
                return None

        sys.meta_path.insert(0, Block())
        pkg = importlib.import_module({package!r})
        for info in pkgutil.walk_packages(getattr(pkg, "__path__", []), {package!r} + "."):
            importlib.import_module(info.name)
        assert "PySide6.QtWidgets" not in sys.modules
        print("clean")
        """
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


@pytest.mark.parametrize("package", LOWER_LAYERS)
def test_lower_layers_never_import_qt_widgets(package: str) -> None:
    result = _import_all_submodules_blocking_widgets(package)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"


def test_the_guard_really_catches_a_widget_import() -> None:
    # The guard must fail for the GUI package, or the test above proves nothing.
    result = _import_all_submodules_blocking_widgets("desktop_app.gui")
    assert result.returncode != 0
    assert "layering violation" in result.stderr
