"""The normalizers' doctests list their edge cases; run them as tests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import marquee.normalizers


def _modules() -> list[ModuleType]:
    package = marquee.normalizers
    names = [info.name for info in pkgutil.iter_modules(package.__path__, f"{package.__name__}.")]
    return [importlib.import_module(name) for name in sorted(names)]


@pytest.mark.parametrize("module", _modules(), ids=lambda module: module.__name__)
def test_doctests(module: ModuleType) -> None:
    results = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert results.failed == 0
    if module.__name__.rsplit(".", 1)[-1] in {"text", "runtime", "money", "dates", "counts"}:
        assert results.attempted > 0, f"{module.__name__} has no doctests"
