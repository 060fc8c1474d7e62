"""pydantic-core's compiled module, loaded without its Python package (engine.py)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, SEEDS

from lawreport import engine, extensions


def _run(script: str, env: dict[str, str]) -> str:
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True, timeout=120).stdout.strip()


def test_a_single_extract_writes_its_json_without_the_pydantic_core_package(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    script = ("import sys; from lawreport.pipeline import extract_record; from lawreport.emit import record_json; "
              f"text = record_json(extract_record({str(SEEDS[0])!r})); "
              "print(text.startswith('{'), 'pydantic_core' in sys.modules, 'pydantic_core._pydantic_core' in sys.modules)")
    _run(script, env)  # the first run builds the plain schema from the models, which import the package
    assert _run(script, env) == "True False True"


def test_the_package_imported_later_uses_the_loaded_module(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    script = ("from lawreport import engine, extract; import pydantic_core; "
              "from pydantic_core import _pydantic_core; "
              "print(pydantic_core.SchemaValidator is engine.SchemaValidator, "
              "_pydantic_core.ValidationError is engine.ValidationError, "
              "extract('2023年办理法律援助案件12件。').metrics[0].value)")
    assert _run(script, env) == "True True 12"


def test_a_folder_without_the_compiled_module_gives_none(tmp_path):
    (tmp_path / "_pydantic_core.py").write_text("raise AssertionError('not a compiled module')\n")
    assert extensions.load_beside(str(tmp_path), "pydantic_core._pydantic_core") is None


def test_the_engine_is_the_packages_compiled_module():
    import pydantic_core

    assert (engine.SchemaValidator, engine.ValidationError, engine.to_json, engine.__version__) == (
        pydantic_core.SchemaValidator, pydantic_core.ValidationError, pydantic_core.to_json, pydantic_core.__version__)
