"""The sign-off, which both the date and the issuer may fall back to, is read once per report."""

from lawreport import metadata
from lawreport.structure import Outline

_SIGNED = ("各乡镇人民政府,县直各单位:\n现将有关事项通知如下,请认真贯彻执行。\n"
           "青禾县人民政府\n2024年3月2日\n附件:名单\n一、白沙镇\n二、留下街道\n三、县司法局\n")


def test_the_sign_off_dates_and_names_the_notice_read_once(monkeypatch) -> None:
    calls = []
    plain = metadata._sign_off

    def counted(dated):
        calls.append(dated)
        return plain(dated)

    monkeypatch.setattr(metadata, "_sign_off", counted)
    meta = metadata.read_metadata(_SIGNED, Outline(_SIGNED))
    assert meta.published == "2024-03-02"
    assert meta.issuer == "青禾县人民政府" and meta.issuer_how == "signature"
    assert len(calls) == 1
