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

    # Main window (forms/mainwindow.ui)
    "Welcome to PaperShelf": "欢迎使用 PaperShelf",
    "This library is empty. Import digest files or a folder of digests to start, or look around in a small demo library first.":
        "此文库为空。请导入摘要文件或摘要文件夹以开始使用，也可以先在小型演示文库中看看。",
    "Import Digests…": "导入摘要…",
    "Import a Folder…": "导入文件夹…",
    "Open Demo Library": "打开演示文库",
    "Clear Search and Filters": "清除搜索和筛选",
    "&Edit": "编辑(&E)",
    "&View": "视图(&V)",
    "&Help": "帮助(&H)",
    "Main Toolbar": "主工具栏",
    "&Import Digests…": "导入摘要(&I)…",
    "Import digest files into the library": "将摘要文件导入文库",
    "Ctrl+O": "Ctrl+O",
    "Import a &Folder…": "导入文件夹(&F)…",
    "Import every digest in a folder and its subfolders": "导入文件夹及其子文件夹中的所有摘要",
    "Ctrl+Shift+O": "Ctrl+Shift+O",
    "Open &Library…": "打开文库(&L)…",
    "Ctrl+L": "Ctrl+L",
    "Open &Demo Library": "打开演示文库(&D)",
    "&Find…": "查找(&F)…",
    "Ctrl+F": "Ctrl+F",
    "C&lear Search and Filters": "清除搜索和筛选(&L)",
    "Ctrl+Shift+L": "Ctrl+Shift+L",
    "&Previous Paper": "上一篇论文(&P)",
    "Alt+Up": "Alt+Up",
    "&Next Paper": "下一篇论文(&N)",
    "Alt+Down": "Alt+Down",
    "&About PaperShelf": "关于 PaperShelf(&A)",

    # Main window (src/gui/mainwindow.cpp)
    "Search titles, abstracts, 中文摘要… (Ctrl+F)": "搜索标题、英文摘要、中文摘要… (Ctrl+F)",
    "Search": "搜索",
    "No paper matches the search “%1”.": "没有与搜索“%1”匹配的论文。",
    "No paper matches the search “%1” together with the %n tag filter(s).":
        "没有论文同时匹配搜索“%1”和 %n 个标签筛选条件。",
    "No paper passes the %n tag filter(s).": "没有论文满足 %n 个标签筛选条件。",
    "The tag filters leave no paper.": "经标签筛选后没有剩余论文。",
    "%1 shown": "显示 %1 篇",
    "Import Digests": "导入摘要",
    "Markdown digests (*.md);;All files (*)": "Markdown 摘要 (*.md);;所有文件 (*)",
    "Import a Folder of Digests": "导入摘要文件夹",
    "Open Library": "打开文库",
    "PaperShelf libraries (*.papershelf);;All files (*)": "PaperShelf 文库 (*.papershelf);;所有文件 (*)",
    "Demo Library": "演示文库",
    "No temporary folder for the demo library.": "没有可供演示文库使用的临时文件夹。",
    "The demo digest could not be written.": "无法写入演示摘要。",
    "Import": "导入",
    "An import is already running.": "已有导入正在进行。",
    "Preparing the import…": "正在准备导入…",
    "Cancel": "取消",
    "Importing Digests": "正在导入摘要",
    "Updating the search index…": "正在更新搜索索引…",
    "File %1 of %2: %3": "第 %1 个文件，共 %2 个：%3",
    "About PaperShelf": "关于 PaperShelf",
    "PaperShelf %1\nA local library for AI-written arXiv digests: search, read, annotate and review them offline.":
        "PaperShelf %1\n由 AI 撰写的 arXiv 论文摘要的本地文库：离线搜索、阅读、批注和审校。",

    # Import summary (forms/importsummarydialog.ui, src/gui/importsummarydialog.cpp)
    "Import Finished": "导入完成",
    "Import report": "导入报告",
    "&Copy Report": "复制报告(&C)",
    "%n paper(s) added": "新增 %n 篇论文",
    "%n updated": "更新 %n 篇",
    "%n unchanged": "%n 篇未变",
    "The import was cancelled; the files imported before stay.": "导入已取消；此前已导入的文件将保留。",
    "%n file(s) read, %1 digest(s), %2 paper entries, %3 screenshots.":
        "已读取 %n 个文件，%1 份摘要，%2 个论文条目，%3 张截图。",
    "Errors (nothing of these files was imported):": "错误（以下文件的内容均未导入）：",
    "Skipped:": "已跳过：",
    "Warnings:": "警告：",

    # Filter chips (src/gui/filterchipsbar.cpp)
    "Active filters": "当前筛选条件",
    "search: %1": "搜索：%1",
    "any of:": "任一满足：",
    "Included %1": "已包含 %1",
    "Excluded %1": "已排除 %1",
    "Clear all": "全部清除",
    "Clear all filters": "清除所有筛选条件",
    "topic": "主题",
    "keyword": "关键词",
    "my tag": "自定义标签",
    "%1: %2": "%1：%2",
    "Remove filter %1": "移除筛选条件 %1",

    # Paper table (src/gui/papertablemodel.cpp)
    "Unread": "未读",
    "To read": "待读",
    "Reading": "在读",
    "Read": "已读",
    "Date of the latest digest listing the paper": "收录该论文的最新一期摘要的日期",
    "Status": "状态",
    "Rating": "评分",
    "Number of figure screenshots": "图片截图数量",
    "Share of the Chinese text reviewed": "中文内容已审校的比例",
    "Review": "审校",

    # Reader (src/gui/readerhtmlbuilder.cpp, src/gui/readerwidget.cpp)
    "arXiv": "arXiv",
    "PDF": "PDF",
    "%1 · %2": "%1 · %2",
    "arXiv:%1v%2": "arXiv:%1v%2",
    "arXiv:%1": "arXiv:%1",
    "Abstract": "摘要",
    "This digest has no abstract for this paper.": "此日报摘要未包含该论文的英文摘要。",
    "Comment: %1": "备注：%1",
    "Summary": "总结",
    "Key Takeaways": "要点",
    "Authors": "作者",
    "Affiliation": "单位",
    "Keywords": "关键词",
    "Links": "链接",
    "Methods": "方法",
    "Conclusion": "结论",
    "Structured Summary": "结构化总结",
    "This digest has no Chinese text for this paper.": "此日报摘要未包含该论文的中文内容。",
    "Select a paper to read it here.": "选择一篇论文即可在此阅读。",
    "Paper details": "论文详情",
    "English text": "英文内容",
    "Chinese text": "中文内容",
    "Side by Side": "并排",
    "Stacked": "上下排列",
    "English Only": "仅英文",
    "Chinese Only": "仅中文",
    "Zoom In": "放大",
    "Zoom Out": "缩小",
    "Reset Zoom": "重置缩放",
    "Copy Citation": "复制引用",
    "Link Not Opened": "未打开链接",
    "PaperShelf opens only web links (http and https). This link was not opened:\n\n%1":
        "PaperShelf 只打开网页链接（http 和 https）。此链接未打开：\n\n%1",
    "Open Link": "打开链接",
    "This link comes from the digest. Open it in your web browser?\n\n%1":
        "此链接来自摘要。要在网页浏览器中打开吗？\n\n%1",

    # Tag panel (forms/tagpanel.ui, src/gui/tagfiltermodel.cpp, src/gui/tagfilterproxy.cpp)
    "My Tags": "自定义标签",
    "Tag": "标签",
    "%1 (%2)": "%1 (%2)",
    "%n tag(s) in the current results": "当前结果中有 %n 个标签",
    "%1, %n tag(s)": "%1，%n 个标签",
    "%1: %n paper(s) in the current results": "%1：当前结果中有 %n 篇论文",
    "%1\nClick to show only papers with this tag.": "%1\n单击以仅显示带有此标签的论文。",
    "%1\nIncluded. Click to exclude papers with this tag.": "%1\n已包含。单击以排除带有此标签的论文。",
    "%1\nExcluded. Click to stop filtering by this tag.": "%1\n已排除。单击以停止按此标签筛选。",
    "not filtered": "未筛选",
    "included": "已包含",
    "excluded": "已排除",
    "%1, %n paper(s), %2": "%1，%n 篇论文，%2",
    "%1 (%2 of %3)": "%1 (%2/%3)",
    "Tag filters": "标签筛选",
    "Filter tags": "筛选标签",
    "Included tags:": "包含的标签：",
    "Show papers that have every included tag": "显示带有全部包含标签的论文",
    "Match all included tags": "全部满足包含的标签",
    "All": "全部满足",
    "Show papers that have at least one included tag": "显示至少带有一个包含标签的论文",
    "Match any included tag": "任一满足包含的标签",
    "Any": "任一满足",
    "Tags": "标签",
    "Click a tag or press Space to include, exclude or clear it": "单击标签或按空格键可包含、排除或清除该标签",
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
