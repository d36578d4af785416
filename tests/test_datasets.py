"""File readers: every format, every bad line reported with its line number, the rest still read."""

from pathlib import Path

from bot.datasets import Labelled, LineError, Message, normalise_label, read_labelled, read_messages

ROOT = Path(__file__).resolve().parent.parent
TELECOM = ROOT.parent / "shared" / "data" / "telecom_fraud_texts_5"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_with_ids_and_bad_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "m.jsonl",
        '{"id": "a", "text": "口罩现货"}\n{broken\n\n["not", "an object"]\n{"text": "无编号"}\n{"id": 7}\n',
    )
    items = list(read_messages(path))
    assert [m.id for m in items if isinstance(m, Message)] == ["a", "5"]
    errors = [str(e) for e in items if isinstance(e, LineError)]
    assert errors[0].startswith(f"{path}:2: invalid JSON")
    assert errors[1] == f"{path}:4: expected a JSON object"
    assert errors[2] == f"{path}:6: no `text` (or `content`) string field"


def test_csv_text_or_content_column_and_multiline_cells(tmp_path: Path) -> None:
    path = write(tmp_path / "m.csv", 'content,label\n"第一行\n第二行",0\n普通消息,0\n多,余,列\n')
    items = list(read_messages(path))
    assert [(m.id, m.text) for m in items if isinstance(m, Message)] == [("2", "第一行\n第二行"), ("4", "普通消息")]
    assert [str(e) for e in items if isinstance(e, LineError)] == [f"{path}:5: more fields than the header has"]


def test_txt_one_message_per_line(tmp_path: Path) -> None:
    path = write(tmp_path / "m.txt", "第一条\n\n第三条\n")
    assert [(m.id, m.text) for m in read_messages(path) if isinstance(m, Message)] == [("1", "第一条"), ("3", "第三条")]


def test_unsupported_suffix_is_an_error(tmp_path: Path) -> None:
    items = list(read_messages(write(tmp_path / "m.xlsx", "x")))
    assert len(items) == 1 and "unsupported file type" in str(items[0])


def test_labels_from_many_conventions() -> None:
    assert normalise_label("0") == normalise_label("benign") == "benign"
    assert normalise_label("scam") == normalise_label("冒充客服服务") == "scam"
    assert normalise_label("") is None


def test_labelled_rows_checked_for_category_and_contradictions(tmp_path: Path) -> None:
    path = write(
        tmp_path / "l.jsonl",
        '{"text": "a", "label": "scam", "category": "mask_scam", "tags": ["evasion"]}\n'
        '{"text": "b", "label": "benign", "category": "mask_scam"}\n'
        '{"text": "c", "label": "scam", "category": "phishing"}\n'
        '{"text": "d"}\n',
    )
    items = list(read_labelled([path]))
    assert isinstance(items[0], Labelled) and items[0].tags == ("evasion",)
    assert [str(e).split(": ", 1)[1] for e in items[1:]] == [
        "label 'benign' contradicts category 'mask_scam'",
        "unknown category 'phishing'",
        "needs a `text` (or `content`) and a `label`",
    ]


def test_reads_the_external_benchmark_as_is() -> None:
    items = list(read_labelled([TELECOM]))
    assert not [e for e in items if isinstance(e, LineError)]
    rows = [i for i in items if isinstance(i, Labelled)]
    by_source: dict[str, set[str]] = {}
    for row in rows:
        by_source.setdefault(row.source, set()).add(row.label)
    assert by_source["normal.csv"] == {"benign"}
    assert all(labels == {"scam"} for name, labels in by_source.items() if name != "normal.csv")
    assert len(by_source) == 5 and len(rows) > 11000
