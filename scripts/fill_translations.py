#!/usr/bin/env python3
"""Fills translations/papershelf_zh_CN.ts from the glossary below (messages whose
source text is listed). Run after `update_translations`; unknown sources stay
unfinished so a test can flag them."""
import sys
import xml.etree.ElementTree as ET

ZH = {
    "PaperShelf": "PaperShelf",
    "Papers": "论文",
    "&File": "文件(&F)",
    "&Quit": "退出(&Q)",
    "Ctrl+Q": "Ctrl+Q",
    "PaperShelf — %1": "PaperShelf — %1",
    "The library could not be read: %1": "无法读取文库：%1",
    "%n paper(s)": "%n 篇论文",
    "Title": "标题",
    "Date": "日期",
    "Topics": "主题",
    "Figures": "图片",
    "PaperShelf: a local library of arXiv digests.": "PaperShelf：arXiv 论文摘要的本地文库。",
    "Open this library file (default: $PAPERSHELF_LIBRARY, else the default library).":
        "打开此文库文件（默认：$PAPERSHELF_LIBRARY，否则为默认文库）。",
    "The library cannot be opened:\n%1": "无法打开文库：\n%1",
}

def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source not in ZH:
            if translation.get("type") == "unfinished":
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = ZH[source]
        else:
            translation.text = ZH[source]
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    for source in missing:
        print("untranslated:", repr(source), file=sys.stderr)
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/papershelf_zh_CN.ts"))
