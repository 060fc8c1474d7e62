"""Compiled modules of the packages lawreport runs on, loaded without the Python package around them.

A package's compiled module is often all a single extract needs of it, while importing the
package runs much Python first: pydantic-core defines its core-schema types for type checkers,
regex imports its pattern parser. So the compiled module is loaded by itself from beside the
package, under its own name: when the package is imported later, it finds the module there and
uses the same one (a compiled module is loaded once per process). Where no compiled module lies
beside the package (another layout or interpreter), the package is imported as usual.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import sys
from types import ModuleType


def compiled_module(name: str) -> ModuleType:
    """The compiled module `name` (package.module): the one already loaded, the file beside the package, else the
    package's own import of it."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name.partition(".")[0])
    for package_dir in (spec.submodule_search_locations or []) if spec is not None else []:
        module = load_beside(package_dir, name)
        if module is not None:
            return module
    return importlib.import_module(name)


def load_beside(package_dir: str, name: str) -> ModuleType | None:
    """The compiled module `name` found in `package_dir`, loaded and registered under its name; None if none is there."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = os.path.join(package_dir, name.rpartition(".")[2] + suffix)
        if not os.path.isfile(path):
            continue
        loader = importlib.machinery.ExtensionFileLoader(name, path)
        spec = importlib.util.spec_from_file_location(name, path, loader=loader)
        if spec is None:
            return None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
        return module
    return None
