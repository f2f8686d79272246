#!/usr/bin/env python3
"""Fills translations/papershelf_zh_CN.ts from the glossary below (messages whose
source text is listed). Run after `update_translations`; unknown sources stay
unfinished so a test can flag them."""
import re
import sys
import xml.etree.ElementTree as ET

ZH = {
    # Preferences (forms/preferencesdialog.ui, src/gui/preferencesdialog.cpp)
    "Preferences": "首选项",
    "&Preferences…": "首选项(&P)…",
    "Interface language and reviewer name": "界面语言和审校人姓名",
    "Ctrl+,": "Ctrl+,",
    "&Language:": "语言(&L)：",
    "Interface language": "界面语言",
    "The interface changes at once; no restart is needed.": "界面会立即切换，无需重新启动。",
    "&Reviewer name:": "审校人姓名(&R)：",
    "Reviewer name": "审校人姓名",
    "Recorded with every review action (approve, correct, flag, revert).": "每次审校操作（通过、修改、标记、撤销）都会记录此姓名。",
    "System default (%1)": "跟随系统（%1）",
    "PaperShelf": "PaperShelf",
    "Papers": "论文",
    "&File": "文件(&F)",
    "&Quit": "退出(&Q)",
    "&Cancel": "取消(&C)",
    "Ctrl+Q": "Ctrl+Q",
    "PaperShelf — %1": "PaperShelf — %1",
    "The library could not be read: %1": "无法读取文库：%1",
    "%Ln paper(s)": "%Ln 篇论文",
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
    "No paper matches the search “%1” together with the %Ln tag filter(s).":
        "没有论文同时匹配搜索“%1”和 %Ln 个标签筛选条件。",
    "No paper passes the %Ln tag filter(s).": "没有论文满足 %Ln 个标签筛选条件。",
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
    "%Ln paper(s) added": "新增 %Ln 篇论文",
    "%Ln updated": "更新 %Ln 篇",
    "%Ln unchanged": "%Ln 篇未变",
    "The import was cancelled; the files imported before stay.": "导入已取消；此前已导入的文件将保留。",
    "%Ln file(s) read, %1 digest(s), %2 paper entries, %3 screenshots.":
        "已读取 %Ln 个文件，%1 份摘要，%2 个论文条目，%3 张截图。",
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
    "Checking the Chinese text: %1 of %2 segments": "正在检查中文内容：第 %1 段，共 %2 段",
    "Checked %Ln segment(s) of Chinese text": "已检查 %Ln 段中文内容",
    "Checking the Chinese text failed: %1": "检查中文内容失败：%1",
    "%1 of %Ln segment(s) of the Chinese text reviewed": "中文内容共 %Ln 段，已审校 %1 段",
    "Review": "审校",

    # Reader (src/gui/readerhtmlbuilder.cpp, src/gui/readerwidget.cpp)
    "arXiv": "arXiv",
    "PDF": "PDF",
    "%1 · %2": "%1 · %2",
    "arXiv:%1v%2": "arXiv:%1v%2",
    "arXiv:%1": "arXiv:%1",
    "Abstract": "摘要",
    "This digest has no abstract for this paper.": "这份摘要未包含该论文的英文摘要。",
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
    "This digest has no Chinese text for this paper.": "这份摘要未包含该论文的中文内容。",
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
    "%Ln tag(s) in the current results": "当前结果中有 %Ln 个标签",
    "%1, %Ln tag(s)": "%1，%Ln 个标签",
    "%1: %Ln paper(s) in the current results": "%1：当前结果中有 %Ln 篇论文",
    "%1\nClick to show only papers with this tag.": "%1\n单击以仅显示带有此标签的论文。",
    "%1\nIncluded. Click to exclude papers with this tag.": "%1\n已包含。单击以排除带有此标签的论文。",
    "%1\nExcluded. Click to stop filtering by this tag.": "%1\n已排除。单击以停止按此标签筛选。",
    "not filtered": "未筛选",
    "included": "已包含",
    "excluded": "已排除",
    "%1, %Ln paper(s), %2": "%1，%Ln 篇论文，%2",
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
    # Issue 4: downloads, gallery, lightbox, arXiv, PDFs
    "Import from URL": "从网址导入",
    "Digest URLs (raw Markdown), one per line:": "摘要网址（原始 Markdown），每行一个：",
    "Digest URLs": "摘要网址",
    "https://example.org/posts/2024-02-01-digest.md": "https://example.org/posts/2024-02-01-digest.md",
    "&Library": "文库(&L)",
    "&Gallery": "图库(&G)",
    "Show the figures of the papers in the list": "显示列表中论文的图片",
    "Ctrl+G": "Ctrl+G",
    "Use arXiv title": "使用 arXiv 标题",
    "Use arXiv authors": "使用 arXiv 作者",
    "Use arXiv abstract": "使用 arXiv 英文摘要",
    "Differences with arXiv": "与 arXiv 的差异",
    "arXiv describes %Ln paper(s) differently from the digest. Nothing changes unless you tick a field and press Apply.":
        "arXiv 对 %Ln 篇论文的描述与摘要不同。除非勾选字段并按“应用”，否则不会更改任何内容。",
    "%1 — %2": "%1 — %2",
    "Digest": "摘要",
    "Digest %1": "摘要 %1",
    "arXiv %1": "arXiv %1",
    "Apply Chosen Fields": "应用所选字段",
    "Figure %1": "图 %1",
    "Loading…": "正在加载…",
    "Figures cannot be downloaded: %1": "无法下载图片：%1",
    "Download Figures": "下载图片",
    "Download Figures of &Selected Papers": "下载所选论文的图片(&S)",
    "Download Figures of Current &Results": "下载当前结果的图片(&R)",
    "Download Figures of &Whole Library": "下载整个文库的图片(&W)",
    "Re&try Failed Figures": "重试失败的图片(&T)",
    "Work O&ffline": "离线工作(&F)",
    "Download Figures of &New Imports": "下载新导入论文的图片(&N)",
    "Working offline: figures are not downloaded": "离线工作中：不下载图片",
    "Figures: looking for work…": "图片：正在查找待下载项…",
    "Figures cannot be listed: %1": "无法列出图片：%1",
    "Figures: nothing to download (%Ln cached)": "图片：无需下载（已缓存 %Ln 张）",
    "Figures: cancelled after %1 downloaded": "图片：已取消，已下载 %1 张",
    "Figures: offline, %1 downloaded": "图片：已离线，已下载 %1 张",
    "Figures: %1 downloaded, %2 failed": "图片：已下载 %1 张，失败 %2 张",
    "Download failed: %1": "下载失败：%1",
    "unknown error": "未知错误",
    "Not downloaded (offline)": "未下载（离线）",
    "Not downloaded yet": "尚未下载",
    "Figure %1 of “%2”": "“%2”的图 %1",
    "%1\n%2": "%1\n%2",
    "The cached image cannot be read: %1": "无法读取缓存的图片：%1",
    "Figures %1/%2, %3 failed": "图片 %1/%2，失败 %3 张",
    "Figures %1/%2": "图片 %1/%2",
    "Retry Missing": "重试缺失项",
    "Download the missing and failed figures of this paper again": "重新下载本论文缺失和失败的图片",
    "%Ln figure(s)": "%Ln 张图片",
    "%1 of %Ln figure(s) cached": "%Ln 张图片中已缓存 %1 张",
    "Go to Paper": "转到论文",
    "Gallery": "图库",
    "Download the missing and failed figures shown here again": "重新下载此处显示的缺失和失败的图片",
    "%1 figures of %2 papers": "%2 篇论文的 %1 张图片",
    "%1 · %2 not cached": "%1 · %2 张未缓存",
    "Not an http(s) URL: %1": "不是 http(s) 网址：%1",
    "Retry": "重试",
    "Figure": "图片",
    "Previous": "上一张",
    "Next": "下一张",
    "Fit": "适应窗口",
    "100%": "100%",
    "Save As…": "另存为…",
    "Copy Image": "复制图片",
    "Copy URL": "复制网址",
    "Open Source URL": "打开来源网址",
    "No figure.": "没有图片。",
    "Figure %1 of %2": "第 %1 张，共 %2 张",
    "Figure %1 of %2 — %3": "第 %1 张，共 %2 张 — %3",
    "Fit (%1)": "适应窗口（%1）",
    "Save Figure As": "图片另存为",
    "Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)": "图片 (*.png *.jpg *.jpeg *.gif *.webp);;所有文件 (*)",
    "The figure could not be saved to %1.": "无法将图片保存到 %1。",
    "Import from URL…": "从网址导入…",
    "Import from &URL…": "从网址导入(&U)…",
    "Download digests by URL and import them": "按网址下载摘要并导入",
    "Fetch &arXiv Metadata": "获取 arXiv 元数据(&A)",
    "Compare the selected papers with their arXiv records": "将所选论文与其 arXiv 记录比较",
    "&Download PDF": "下载 PDF(&D)",
    "Keep the selected papers' PDFs for offline reading": "保存所选论文的 PDF 以便离线阅读",
    "&Open PDF": "打开 PDF(&O)",
    "Open the current paper's downloaded PDF in the system viewer": "用系统查看器打开当前论文已下载的 PDF",
    "Downloading digests…": "正在下载摘要…",
    "Downloading %1": "正在下载 %1",
    "Fetch arXiv Metadata": "获取 arXiv 元数据",
    "Select one or more papers first.": "请先选择一篇或多篇论文。",
    "Fetching arXiv metadata…": "正在获取 arXiv 元数据…",
    "arXiv: %1 of %2 paper(s) fetched, %3 differ from the digest, %4 failed":
        "arXiv：已获取 %2 篇中的 %1 篇，%3 篇与摘要不同，%4 篇失败",
    "arXiv agrees with the digest for %Ln paper(s).": "arXiv 与摘要对 %Ln 篇论文的描述一致。",
    "Applied arXiv fields to %Ln paper(s)": "已将 arXiv 字段应用到 %Ln 篇论文",
    "Download PDF": "下载 PDF",
    "Downloading PDFs…": "正在下载 PDF…",
    "PDFs: %1 downloaded, %2 failed": "PDF：已下载 %1 个，失败 %2 个",
    "Open PDF": "打开 PDF",
    "This paper's PDF has not been downloaded. Use Library → Download PDF first.":
        "此论文的 PDF 尚未下载。请先使用“文库 → 下载 PDF”。",
    "No application could open %1.": "没有应用程序能打开 %1。",
    "PDF downloaded for offline reading": "PDF 已下载，可离线阅读",
    "The PDF download failed": "PDF 下载失败",
    "Failed": "失败",
    "Whether the PDF is kept for offline reading": "是否已保存 PDF 以便离线阅读",
    "The image file is missing.": "图片文件不存在。",
    "Not a readable image: %1": "不是可读的图片：%1",
    "The image cannot be decoded: %1": "无法解码图片：%1",

    # Issue 5: annotations — Annotate menu and undo/redo (src/gui/annotationcontroller.cpp)
    "&Annotate": "批注(&A)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "Reading &Status": "阅读状态(&S)",
    "&Unread": "未读(&U)",
    "&To Read": "待读(&T)",
    "R&eading": "在读(&E)",
    "&Read": "已读(&R)",
    "&Rating": "评分(&R)",
    "No Rating": "无评分",
    "%Ln Star(s)": "%Ln 星",
    "&Favourite": "收藏(&F)",
    "Add the selected papers to the favourites, or take them off": "将所选论文加入收藏，或将其移出收藏",
    "&Add Tag…": "添加标签(&A)…",
    "R&emove Tag…": "移除标签(&E)…",
    "&Manage Own Tags…": "管理自定义标签(&M)…",

    # Undo command texts (src/gui/annotationcommands.cpp)
    "Set Status of %Ln Paper(s)": "设置 %Ln 篇论文的状态",
    "Rate %Ln Paper(s) %1": "将 %Ln 篇论文评为 %1 星",
    "Add %Ln Paper(s) to Favourites": "将 %Ln 篇论文加入收藏",
    "Remove %Ln Paper(s) from Favourites": "将 %Ln 篇论文移出收藏",
    "Edit Notes": "编辑笔记",
    "Add Highlight": "添加高亮",
    "Remove Highlight": "移除高亮",
    "Edit Highlight": "编辑高亮",
    "Rename Highlight Colour": "重命名高亮颜色含义",
    "Tag %Ln Paper(s) “%1”": "为 %Ln 篇论文添加标签“%1”",
    "Untag %Ln Paper(s) “%1”": "从 %Ln 篇论文移除标签“%1”",
    "Rename Tag “%1” to “%2”": "将标签“%1”重命名为“%2”",
    "Merge Tag “%1” into “%2”": "将标签“%1”合并到“%2”",
    "There is no tag “%1”.": "不存在标签“%1”。",
    "Delete Tag “%1”": "删除标签“%1”",
    "Colour Tag “%1”": "设置标签“%1”的颜色",

    # Annotation panel and notes editor (src/gui/annotationpanel.cpp, src/gui/noteseditor.cpp)
    "&Status:": "状态(&S)：",
    "Reading status (Alt+1 to Alt+4)": "阅读状态（Alt+1 至 Alt+4）",
    "R&ating:": "评分(&A)：",
    "No rating": "无评分",
    "Rating (Ctrl+0 to Ctrl+5)": "评分（Ctrl+0 至 Ctrl+5）",
    "♥ Favourite": "♥ 收藏",
    "♡ Favourite": "♡ 收藏",
    "Favourite (Ctrl+D)": "收藏（Ctrl+D）",
    "&Notes": "笔记(&N)",
    "&Highlights": "高亮(&H)",
    "Notes": "笔记",
    "Notes preview": "笔记预览",
    "Pre&view": "预览(&V)",
    "Your notes on this paper, in Markdown. They are saved as you type.":
        "关于这篇论文的笔记，使用 Markdown 格式，输入时自动保存。",
    "Your notes could not be saved: %1. They are kept here; retry when the problem is solved.":
        "无法保存笔记：%1。笔记仍保留在此处；问题解决后请重试。",
    "&Retry": "重试(&R)",

    # Unsaved edits (src/gui/mainwindow.cpp)
    "&Discard": "放弃(&D)",
    "Give up the edits that could not be saved": "放弃无法保存的修改",
    "“%1” could not be saved: %2. The edit is kept (%Ln edit(s) waiting); retry when the problem is solved.":
        "无法保存“%1”：%2。修改已保留（%Ln 项修改待保存）；问题解决后请重试。",
    "Unsaved Edits": "未保存的修改",
    "%Ln edit(s) could not be saved. Close anyway and lose them?": "%Ln 项修改无法保存。仍要关闭并丢弃这些修改吗？",

    # Paper table annotation columns (src/gui/papertablemodel.cpp)
    "Favourite": "收藏",
    "Has notes": "有笔记",

    # Highlights: reader, panels, palette (src/gui/readerwidget.cpp, src/gui/highlightspanel.cpp,
    # forms/highlightspanel.ui, src/gui/highlightlistmodel.cpp, src/gui/highlightlistdelegate.cpp,
    # src/gui/highlightpalette.cpp, src/gui/annotationviews.cpp)
    "Highlight": "高亮",
    "Highlight with Comment…": "高亮并添加备注…",
    "Highlight with Comment": "高亮并添加备注",
    "Comment on the highlighted text:": "对高亮文本的备注：",
    "Highlight: %1": "高亮：%1",
    "Highlights": "高亮",
    "&Colour:": "颜色(&C)：",
    "Show highlights of colour": "按颜色显示高亮",
    "All colours": "所有颜色",
    "Rename what the highlight colours mean": "重命名各高亮颜色的含义",
    "Rename Colour Meanings…": "重命名颜色含义…",
    "No highlights. Select text in the reader and press Ctrl+H to highlight it.":
        "没有高亮。在阅读器中选中文本并按 Ctrl+H 即可高亮。",
    "Change Colour": "更改颜色",
    "Edit Comment…": "编辑备注…",
    "Edit Comment": "编辑备注",
    "%1…": "%1…",
    "Rename Colour Meaning": "重命名颜色含义",
    "What does %1 mean? Leave it empty for the default.": "%1 表示什么？留空则使用默认含义。",
    "%1 · %2 · Orphaned": "%1 · %2 · 已失效",
    "%1 (orphaned): %2": "%1（已失效）：%2",
    "Orphaned: this passage is no longer in the paper's text. The paper was re-imported and its text changed; the highlight keeps the quote it was made on.":
        "已失效：论文内容中已没有这段文字。论文重新导入后内容发生了变化；高亮仍保留创建时引用的原文。",
    "Key takeaways": "要点",
    "Chinese title": "中文标题",
    "Structured summary": "结构化总结",
    "Yellow": "黄色",
    "Red": "红色",
    "Green": "绿色",
    "Blue": "蓝色",
    "Purple": "紫色",
    "All &Highlights…": "所有高亮(&H)…",
    "&Highlights (%1)": "高亮 (%1)(&H)",
    "All Highlights": "所有高亮",

    # Tag dialogs (forms/addtagdialog.ui, forms/managetagsdialog.ui, src/gui/addtagdialog.cpp,
    # src/gui/managetagsdialog.cpp)
    "Add Tag": "添加标签",
    "&Tag:": "标签(&T)：",
    "Tag name": "标签名称",
    "Add Tag to One Paper": "为一篇论文添加标签",
    "Add Tag to %Ln Papers": "为 %Ln 篇论文添加标签",
    "Remove Tag from One Paper": "从一篇论文移除标签",
    "Remove Tag from %Ln Papers": "从 %Ln 篇论文移除标签",
    "A new tag “%1” will be created.": "将创建新标签“%1”。",
    "The selected papers carry none of your tags.": "所选论文都没有自定义标签。",
    "None of the selected papers carries “%1”.": "所选论文都没有标签“%1”。",
    "Manage Tags": "管理标签",
    "Your tags": "自定义标签",
    "&Rename…": "重命名(&R)…",
    "&Merge Into…": "合并到(&M)…",
    "&Colour…": "颜色(&C)…",
    "&Delete…": "删除(&D)…",
    "Merge &Instead": "改为合并(&I)",
    "No colour": "无颜色",
    "Colour %1": "颜色 %1",
    "Rename Tag": "重命名标签",
    "New name for “%1”:": "“%1”的新名称：",
    "A tag needs a name.": "标签必须有名称。",
    "There already is a tag “%1”. Two tags cannot share a name; merge “%2” into “%1” instead?":
        "已存在标签“%1”。两个标签不能同名；要改为将“%2”合并到“%1”吗？",
    "Merge Tag": "合并标签",
    "Merge “%1” into (its papers get that tag, and “%1” is deleted):":
        "将“%1”合并到（其论文将获得该标签，“%1”将被删除）：",
    "Colour of “%1”": "“%1”的颜色",
    "Delete the tag “%1”? No paper carries it.": "要删除标签“%1”吗？没有论文带有此标签。",
    "Delete the tag “%1”? It is taken off the %Ln paper(s) that carry it.":
        "要删除标签“%1”吗？带有此标签的 %Ln 篇论文将移除该标签。",
    "Delete Tag": "删除标签",

    # Export (src/gui/exportactions.cpp, src/gui/exportcontroller.cpp)
    "&Export": "导出(&E)",
    "Export": "导出",
    "&BibTeX…": "BibTeX(&B)…",
    "C&SL-JSON…": "CSL-JSON(&S)…",
    "&RIS…": "RIS(&R)…",
    "&Markdown…": "Markdown(&M)…",
    "&Obsidian Folder…": "Obsidian 文件夹(&O)…",
    "&CSV of the List…": "列表的 CSV(&C)…",
    "&JSON…": "JSON(&J)…",
    "BibTeX (*.bib)": "BibTeX (*.bib)",
    "CSL-JSON (*.json)": "CSL-JSON (*.json)",
    "RIS (*.ris)": "RIS (*.ris)",
    "Markdown (*.md)": "Markdown (*.md)",
    "CSV (*.csv)": "CSV (*.csv)",
    "JSON (*.json)": "JSON (*.json)",
    "PaperShelf annotation archive (*.json)": "PaperShelf 批注存档 (*.json)",
    "Export Papers": "导出论文",
    "Export Notes to a Folder": "将笔记导出到文件夹",
    "An export is already running.": "已有导出正在进行。",
    "Select the papers to export first.": "请先选择要导出的论文。",
    "Exporting %Ln paper(s)…": "正在导出 %Ln 篇论文…",
    "Exporting the list…": "正在导出列表…",
    "Exported %Ln paper(s) to %1": "已将 %Ln 篇论文导出到 %1",
    "Export failed: %1": "导出失败：%1",
    "Export &Annotation Archive…": "导出批注存档(&A)…",
    "Everything you created (notes, highlights, status, rating, own tags) as one JSON file another library can merge":
        "将自己创建的全部内容（笔记、高亮、状态、评分、自定义标签）导出为一个 JSON 文件，可供其他文库合并",
    "Export Annotation Archive": "导出批注存档",
    "Writing the annotation archive…": "正在写入批注存档…",
    "Annotation archive written to %1": "批注存档已写入 %1",
    "&Merge Annotation Archive…": "合并批注存档(&M)…",
    "Merge Annotation Archive": "合并批注存档",
    "Merging %1…": "正在合并 %1…",
    "Merging the archive failed: %1": "合并存档失败：%1",
    "Corrected &Digests…": "修改后的摘要(&D)…",
    "The digests of the selected papers (or of the whole library) with review corrections applied, in the format PaperShelf imports":
        "所选论文（或整个文库）的摘要，已应用审校修改，采用 PaperShelf 可导入的格式",
    "Export Corrected Digests to a Folder": "将修改后的摘要导出到文件夹",
    "Export Corrected Digests": "导出修改后的摘要",
    "Keep the machine text of segments flagged in review? Choose No to leave it out.":
        "是否保留审校中被标记文段的机器译文？选择“否”则将其略去。",
    "Exporting every digest…": "正在导出全部摘要…",
    "Exporting the digests of %Ln paper(s)…": "正在导出 %Ln 篇论文的摘要…",
    "Exported %Ln corrected digest(s) to %1; corrections applied: %2": "已将 %Ln 份修改后的摘要导出到 %1；已应用修改：%2",

    # Archive merge dialog (forms/archivemergedialog.ui, src/gui/archivemergedialog.cpp)
    "Annotation Archive Merged": "批注存档已合并",
    "Merged %Ln paper(s): %1 annotation(s) taken, %2 highlight(s) added, %3 updated, %4 tag link(s) added.":
        "已合并 %Ln 篇论文：采用 %1 条批注，新增 %2 处高亮，更新 %3 处，新增 %4 个标签关联。",
    "Warning: %1": "警告：%1",
    "Conflicts (both sides changed; the newer edit was kept)": "冲突（双方均有修改；已保留较新的修改）",
    "Conflicts": "冲突",
    "Paper": "论文",
    "Item": "项目",
    "Kept": "保留的版本",
    "The archive's (newer)": "存档中的（较新）",
    "This library's (newer)": "本文库中的（较新）",
    "Skipped (papers this library does not have)": "已跳过（本文库中没有的论文）",
    "Skipped papers": "已跳过的论文",

    # Core messages (src/core: shelves, highlight colour meanings, tags, annotation archive,
    # saved searches; glossary and review report below).
    "New in the latest digest": "最新一期摘要新增",
    "Favourites": "收藏",
    "Built-in shelves cannot be renamed, changed or removed.": "内置书架不能重命名、修改或删除。",
    "There is no shelf with id %1.": "不存在 ID 为 %1 的书架。",
    "There is no shelf called \"%1\".": "不存在名为“%1”的书架。",
    "A shelf needs a name.": "书架必须有名称。",
    "\"%1\" is the name of a built-in shelf.": "“%1”是内置书架的名称。",
    "There is already a shelf called \"%1\".": "已存在名为“%1”的书架。",
    "The shelf \"%1\" is already there.": "书架“%1”已存在。",
    "important": "重要",
    "doubt": "存疑",
    "method": "方法",
    "result": "结果",
    "to check": "待核实",
    "“%1” is not a text field of a paper.": "“%1”不是论文的文本字段。",
    "“%1” is not a highlight colour.": "“%1”不是高亮颜色。",
    "The paper is no longer in the library.": "该论文已不在文库中。",
    "The selection is outside the text.": "所选内容超出了文本范围。",
    "The highlight no longer exists.": "该高亮已不存在。",
    "There is no tag called “%1”.": "不存在名为“%1”的标签。",
    "There is already a tag called “%1”; merge the two tags instead.": "已存在名为“%1”的标签；请改为合并这两个标签。",
    "A tag cannot be merged into itself.": "标签不能合并到自身。",
    "“%1” is not a colour; use #rrggbb.": "“%1”不是颜色；请使用 #rrggbb 格式。",
    "A rating is 0 to 5 stars, not %1.": "评分应为 0 到 5 星，而不是 %1。",
    "The file is not JSON: %1 (at byte %2).": "该文件不是 JSON：%1（位于第 %2 字节）。",
    "The file is not a PaperShelf annotation archive.": "该文件不是 PaperShelf 批注存档。",
    "The archive was written by a newer PaperShelf (format version %1).":
        "该存档由更新版本的 PaperShelf 写入（格式版本 %1）。",
    "The annotations were merged, but the search index could not be updated (it is retried when the library is next opened): %1":
        "批注已合并，但无法更新搜索索引（下次打开文库时会重试）：%1",
    "The saved search was written by a newer version of PaperShelf.": "该已保存搜索由更新版本的 PaperShelf 写入。",
    "The saved search has an unknown condition \"%1\".": "已保存的搜索包含未知条件“%1”。",
    "The saved search has an invalid value for \"%1\".": "已保存的搜索中“%1”的值无效。",
    "The saved search is not readable: %1.": "无法读取已保存的搜索：%1。",
    "not a JSON object": "不是 JSON 对象",

    # Glossary files and the glossary (src/core/review/glossarycodec.cpp, glossarystore.cpp).
    # The column names term, preferred, wrong and note are file syntax and stay English.
    "line %1: %2": "第 %1 行：%2",
    "text after the closing quote of a field": "字段的右引号后还有文本",
    "a quote inside an unquoted field (quote the whole field)": "未加引号的字段中出现了引号（请给整个字段加上引号）",
    "a quoted field is not closed": "带引号的字段没有结束引号",
    "unknown column \"%1\" (the columns are term, preferred, wrong and note)":
        "未知的列“%1”（列应为 term、preferred、wrong 和 note）",
    "column \"%1\" is named twice": "列“%1”出现了两次",
    "the first line must name the columns: term, preferred, wrong, note": "第一行必须列出列名：term、preferred、wrong、note",
    "the file is not UTF-8 text": "该文件不是 UTF-8 文本",
    "line 1: the file is empty; the first line must name the columns: term, preferred, wrong, note":
        "第 1 行：文件为空；第一行必须列出列名：term、preferred、wrong、note",
    "%1 field(s) where the header has %2": "有 %1 个字段，而表头有 %2 个",
    "the term is empty": "术语为空",
    "the preferred rendering of \"%1\" is empty": "“%1”的首选译法为空",
    "\"%1\" is already on line %2": "“%1”已在第 %2 行出现",
    "The glossary has no term \"%1\".": "术语表中没有术语“%1”。",
    "A glossary term cannot be empty.": "术语不能为空。",
    "The term \"%1\" needs a preferred rendering.": "术语“%1”需要首选译法。",
    "The glossary has no term with id %1.": "术语表中没有 ID 为 %1 的术语。",
    "The glossary already has the term \"%1\".": "术语表中已有术语“%1”。",

    # Review report, Markdown (src/core/review/reviewreport.cpp); the CSV stays English.
    "Review report": "审校报告",
    "yes": "是",
    "no": "否",
    "Checks": "检查项",
    "Last change": "最近一次操作",
    "Before": "修改前",
    "After": "修改后",
    "Flag reason": "标记原因",
    "Source changed": "原文已变更",
    "In the current digest": "在当前摘要中",
    "Value": "内容",
    "No segments in the selected papers.": "所选论文中没有文段。",
    "No review work in the selected papers.": "所选论文中没有审校记录。",
    "%1 segment(s) of %2 paper(s): %3.": "%2 篇论文中的 %1 个文段：%3。",

    # Network errors (src/net). They follow “Download failed: ”, “%1: ” and the like,
    # so they start in lower case in English and carry no final full stop.
    "cancelled": "已取消",
    "not saved: %1": "未保存：%1",
    "the paper has no arXiv id": "该论文没有 arXiv ID",
    "not found on arXiv": "在 arXiv 上未找到",
    "the server sent an HTML page, not a Markdown digest": "服务器返回的是 HTML 网页，而不是 Markdown 摘要",
    "the server sent an empty body": "服务器返回的内容为空",
    "cannot write a temporary file: %1": "无法写入临时文件：%1",
    "no complete answer within %1 s": "%1 秒内未收到完整响应",
    "not an http(s) URL": "不是 http(s) 网址",
    "cannot write %1: %2": "无法写入 %1：%2",
    "larger than the limit of %1 bytes": "超过 %1 字节的上限",
    "HTTP %1 %2": "HTTP %1 %2",
    "no data for %1 s": "%1 秒内没有收到数据",
    "too many redirects": "重定向次数过多",
    "redirect refused: %1 to %2": "已拒绝重定向：从 %1 到 %2",
    "file too large: %1 bytes (limit %2)": "文件过大：%1 字节（上限 %2 字节）",
    "deadline exceeded: not complete after %1 ms": "超出时限：%1 毫秒后仍未完成",
    "file too large: over %1 bytes": "文件过大：超过 %1 字节",
    "HTTP %1": "HTTP %1",
    "timed out: no data for %1 ms": "超时：%1 毫秒内没有收到数据",
    "redirect chain failed after %n redirect(s)": "经过 %n 次重定向后失败",
    "HTTP %1: no image": "HTTP %1：不是图片",
    "%1 (after %n attempt(s))": "%1（已尝试 %n 次）",
    "downloaded, but the library was not updated: %1": "已下载，但未能更新文库：%1",
    "no PDF link": "没有 PDF 链接",
    "not a PDF (the file does not start with %PDF-)": "不是 PDF（文件开头不是 %PDF-）",

    # Shelves panel (saved searches)
    "Rename Shelf": "重命名书架",
    "New name of the shelf “%1”:": "书架“%1”的新名称：",
    "Save Search as &Shelf…": "将搜索保存为书架(&S)…",
    "Shelf “%1”": "书架“%1”",
    "Save Search as Shelf": "将搜索保存为书架",
    "Name of the new shelf:": "新书架的名称：",
    "There is already a shelf called “%1”. Choose another name.": "已有名为“%1”的书架，请换一个名称。",
    "Remove Shelf “%1”": "移除书架“%1”",
    "Rename Shelf “%1” to “%2”": "将书架“%1”重命名为“%2”",
    "Save Shelf “%1”": "保存书架“%1”",
    "Shel&ves": "书架(&V)",
    "Save Search…": "保存搜索…",
    "Save the current search, tag filters and sort as a shelf": "将当前的搜索、标签筛选和排序保存为书架",
    "Shelves": "书架",
    "Built-in shelf": "内置书架",
    "Saved search; right-click to rename or remove": "已保存的搜索；右键单击可重命名或移除",
    "&Rename Shelf…": "重命名书架(&R)…",
    "Re&move Shelf": "移除书架(&M)",
    # review mode
    "%1 → %2": "%1 → %2",
    "Glossary: %1": "术语表：%1",
    "%1 %Ln finding(s)": "%1 %Ln 处问题",
    "%1 · %2 «%3»: %4": "%1 · %2「%3」：%4",
    "%1 — correction (machine text in its tooltip)": "%1 — 修改后的文本（机器译文见提示）",
    "%1 — machine Chinese": "%1 — 机器译文",
    "%1 of %2 reviewed": "已审校 %1 / %2",
    "&Approve and Next": "通过并转到下一条(&A)",
    "&Flag…": "标记问题(&F)…",
    "&Next Segment": "下一条(&N)",
    "&Previous Segment": "上一条(&P)",
    "&Revert to Machine Text": "恢复为机器译文(&R)",
    "All states": "全部状态",
    "Any check": "任意检查项",
    "Any findings or none": "不限问题",
    "Approve Segment": "通过文段",
    "Approve the segment (or store your correction) and show the next one": "通过此文段（或保存你的修改），并显示下一条",
    "Authors: %1": "作者：%1",
    "Correct Segment": "修改文段",
    "Digest date (YYYY-MM-DD)": "摘要日期（YYYY-MM-DD）",
    "English source": "英文原文",
    "Errors": "错误",
    "Findings": "问题",
    "Flag Segment": "标记文段",
    "Info or worse": "提示及以上",
    "Key takeaway %1": "要点 %1",
    "Loading the review queue…": "正在加载审校队列…",
    "Machine Chinese": "机器译文",
    "Name recorded with your review actions:": "审校操作记录的署名：",
    "Next &Unreviewed": "下一条未审校(&U)",
    "Next with &Errors": "下一条有错误的(&E)",
    "No findings.": "未发现问题。",
    "No segment matches these filters.": "没有符合这些筛选条件的文段。",
    "Own tag": "自定义标签",
    "Re&view": "审校(&V)",
    "Reason: %1": "原因：%1",
    "Revert Segment to Machine Text": "将文段恢复为机器译文",
    "Review &Mode": "审校模式(&M)",
    "Reviewed with open warnings: the checks still object to this text.": "已审校但仍有未解决的警告：自动检查仍对此文本提出问题。",
    "Reviewer &Name…": "审校人署名(&N)…",
    "Reviewer Name": "审校人署名",
    "Segment": "文段",
    "State": "状态",
    "The machine text changed on a re-import since it was reviewed.": "审校之后重新导入时，机器译文已发生变化。",
    "The paper's current digest no longer has this segment.": "该论文当前的摘要中已没有此文段。",
    "The review queue could not be read: %1": "无法读取审校队列：%1",
    "Topic": "主题",
    "Warning or worse": "警告及以上",
    "Why does this segment need another look?": "这一文段为什么需要再看一遍？",
    "Your text": "你的文本",
    "ℹ Info": "ℹ 提示",
    "○ Unreviewed": "○ 未审校",
    "⚑ Flagged": "⚑ 已标记",
    "⚠ Warning": "⚠ 警告",
    "✎ Corrected": "✎ 已修改",
    "✎ Corrected, open warnings": "✎ 已修改，仍有警告",
    "✓ Approved": "✓ 已通过",
    "✓ Approved, open warnings": "✓ 已通过，仍有警告",
    "✖ Error": "✖ 错误",

    # Dialogs (issue 7: runtime language switch and accessible names)
    "Highlight: %1": "高亮：%1",
    "Differences": "差异",
    "Title in the digest": "摘要中的标题",
    "Authors in the digest": "摘要中的作者",
    "Abstract in the digest": "摘要中的英文摘要",
    "Title on arXiv": "arXiv 上的标题",
    "Authors on arXiv": "arXiv 上的作者",
    "Abstract on arXiv": "arXiv 上的英文摘要",
    "%1, %2, %3.": "%1，%2，%3。",

    # Issue 7: language switching and accessibility of the figures, tags and shelves
    # (src/gui/galleryview.cpp, figurestrip.cpp, figureprogresswidget.cpp, lightbox.cpp,
    # shelfpanel.cpp)
    "Figures of the papers in the list; press Enter to open one": "列表中论文的图片；按 Enter 键打开",
    "Show the paper of this figure in the list (Ctrl+Return)": "在列表中显示此图片所属的论文（Ctrl+Return）",
    "Figures of this paper; press Enter to open one": "本论文的图片；按 Enter 键打开",
    "Stop downloading figures": "停止下载图片",
    "Previous figure (Left)": "上一张图片（左方向键）",
    "Next figure (Right)": "下一张图片（右方向键）",
    "Fit the figure to the window (F)": "使图片适应窗口（F）",
    "Show the figure at its actual size (1)": "以实际大小显示图片（1）",
    "Figure actions": "图片操作",
    "Figure image": "图片内容",
    "Drag to pan; the wheel or + and - zoom; Left and Right go to the previous or next figure":
        "拖动以平移；滚轮或 + 和 - 键缩放；左、右方向键切换到上一张或下一张图片",
    "Download this figure again": "重新下载此图片",
    "%1 %": "%1%",
    "%1, open": "%1，当前打开",

    # Language switch and accessibility: review dock, annotation panel, notes, highlights, reader
    # (src/gui/reviewdock.cpp, src/gui/annotationpanel.cpp, src/gui/annotationcontroller.cpp,
    # src/gui/noteseditor.cpp, src/gui/highlightpalette.cpp)
    "Review state filter": "审校状态筛选",
    "Check filter": "检查项筛选",
    "Severity filter": "严重程度筛选",
    "Topic filter": "主题筛选",
    "Digest date filter": "摘要日期筛选",
    "Own tag filter": "自定义标签筛选",
    "Review queue": "审校队列",
    "Review progress": "审校进度",
    "Check findings": "检查发现的问题",
    "Reading status": "阅读状态",
    "Notes and highlights": "笔记和高亮",
    "Notes: edit or preview": "笔记：编辑或预览",
    "&Undo %1": "撤销 %1(&U)",
    "&Redo %1": "重做 %1(&R)",
    "Highlight colour %1": "高亮颜色：%1",
    "Highlight colour %1, meaning “%2”": "高亮颜色：%1，含义为“%2”",
    # Backups and library checks (src/core/backup, issue 8)
    "%1 does not exist": "%1 不存在",
    "%1 is not a PaperShelf library (not an SQLite database)": "%1 不是 PaperShelf 文库（不是 SQLite 数据库）",
    "%1 is damaged (quick_check: %2)": "%1 已损坏（quick_check：%2）",
    "%1 is not a PaperShelf library (an SQLite database of another program)": "%1 不是 PaperShelf 文库（是其他程序的 SQLite 数据库）",
    "%1 was written by a newer PaperShelf (schema %2)": "%1 由更新版本的 PaperShelf 写入（架构版本 %2）",
    "cannot create the backup folder %1": "无法创建备份文件夹 %1",
    "backup": "备份",
    "backup of %1": "%1 的备份",
    "the backup of %1 failed its check, so it was not kept: %2": "%1 的备份未通过检查，因此未保留：%2",
    "cannot rename the backup to %1": "无法将备份重命名为 %1",
    "the annotation sidecar could not be exported: %1": "无法导出批注附属存档：%1",
    "the annotation sidecar %1 could not be written: %2": "无法写入批注附属存档 %1：%2",
    "old backups could not be removed: %1": "无法删除旧备份：%1",
    "no backup %1 (neither a file nor a backup in %2)": "没有备份 %1（既不是文件，也不是 %2 中的备份）",
    "%1 is the library itself, not a backup": "%1 是文库本身，不是备份",
    "the backup cannot be restored: %1": "无法恢复该备份：%1",
    "cannot move the current library %1 aside to %2": "无法将当前文库 %1 移到 %2",
    "cannot copy %1 to %2; the library was left as it was": "无法将 %1 复制到 %2；文库保持原样",
    # Library → Back Up Now, Check Library, Restore from Backup (src/gui/maintenanceactions.cpp and its dialogs)
    "Check Library": "检查文库",
    "Problems found": "发现的问题",
    "Repairs remove data nothing can reach and correct derived data; they never touch notes, highlights, own tags or review work. Damage to the file itself cannot be repaired here: restore a backup (Library → Restore from Backup…).":
        "修复只会删除已无法访问的数据并更正派生数据，不会改动笔记、高亮、自有标签或审校工作。文件本身的损坏无法在此修复：请恢复备份（文库 → 从备份恢复…）。",
    "&Repair": "修复(&R)",
    "Repair the problems that can be repaired": "修复可以修复的问题",
    "Checking the library…": "正在检查文库…",
    "Repairing the library…": "正在修复文库…",
    "The library could not be checked: %1": "无法检查文库：%1",
    "No problems found: the library is healthy.": "未发现问题：文库状态良好。",
    "Repaired %Ln problem(s); the library is healthy now.": "已修复 %Ln 个问题；文库现已恢复正常。",
    "Repaired %Ln problem(s); %1 could not be repaired.": "已修复 %Ln 个问题；%1 个无法修复。",
    "Found %Ln problem(s):": "发现 %Ln 个问题：",
    "%1 — repaired": "%1 — 已修复",
    "%1 — cannot be repaired here": "%1 — 无法在此修复",
    "Restore from Backup": "从备份恢复",
    "Choose the backup to restore. The current library file is not deleted: it is kept beside the library under a “-replaced-” name. The window closes the library while the backup is put in place and opens it again afterwards.":
        "请选择要恢复的备份。当前文库文件不会被删除：它会以带“-replaced-”的名称保留在文库旁边。放入备份期间窗口会关闭文库，之后再重新打开。",
    "Backups": "备份",
    "Made": "创建时间",
    "Reason": "原因",
    "Size": "大小",
    "Made on request": "手动创建",
    "Daily": "每日",
    "Before an upgrade": "升级前",
    "&Restore": "恢复(&R)",
    "There are no backups in %1 yet.": "%1 中还没有备份。",
    "Backups are kept in %1.": "备份保存在 %1。",
    "⚠ Backup failed": "⚠ 备份失败",
    "&Back Up Now": "立即备份(&B)",
    "Write a checked copy of the library to its backup folder": "将经过检查的文库副本写入其备份文件夹",
    "C&heck Library…": "检查文库(&H)…",
    "Look for damage and inconsistencies in the library, and repair them": "查找文库中的损坏和不一致之处并加以修复",
    "Restore from Bac&kup…": "从备份恢复(&K)…",
    "Replace the library with one of its backups": "用文库的某个备份替换文库",
    "Open Backup Fo&lder": "打开备份文件夹(&L)",
    "Show the library's backups in the file manager": "在文件管理器中显示文库的备份",
    "Back Up Now": "立即备份",
    "Backing up the library…": "正在备份文库…",
    "The daily backup of the library failed: %1": "文库的每日备份失败：%1",
    "The library could not be backed up:\n%1": "无法备份文库：\n%1",
    "Backed up the library to %1 (%2)": "已将文库备份到 %1（%2）",
    "The backup was written and checked, but: %1": "备份已写入并通过检查，但：%1",
    "Close PaperShelf and use “papershelf-cli restore” to restore this library.": "请关闭 PaperShelf，然后使用“papershelf-cli restore”恢复此文库。",
    "Replace the library %1 with the backup made %2?\n\nThe current file is kept beside it, not deleted. The window closes the library and opens the restored one.":
        "要用 %2 创建的备份替换文库 %1 吗？\n\n当前文件会保留在旁边，不会被删除。窗口将关闭文库并打开恢复后的文库。",
    "There are no backups of this library yet (they go to %1).": "此文库还没有备份（备份将保存到 %1）。",
    "The backup folder %1 could not be opened.": "无法打开备份文件夹 %1。",
    "Restoring the library from the backup…": "正在从备份恢复文库…",
    "The library was not restored: %1": "文库未恢复：%1",
    "The backup was put in place, but the library cannot be opened: %1\n\nThe replaced library file was kept as %2.":
        "备份已放回原处，但无法打开文库：%1\n\n被替换的文库文件已保留为 %2。",
    "The library was restored from the backup.": "已从备份恢复文库。",
    "The library was restored from the backup. The replaced library file was kept as %1.": "已从备份恢复文库。被替换的文库文件已保留为 %1。",
    # Check Library's findings (src/core/backup/librarycheck.cpp)
    "%n digest appearance(s) whose paper or digest is gone": "%n 条论文或摘要已不存在的摘要出现记录",
    "%n paper(s) pointing at a digest appearance that is gone": "%n 篇论文指向已不存在的摘要出现记录",
    "%n tag link(s) whose paper or tag is gone": "%n 个论文或标签已不存在的标签关联",
    "%n screenshot, arXiv, PDF or search-queue row(s) whose paper is gone": "%n 行论文已不存在的截图、arXiv、PDF 或搜索队列记录",
    "%n review segment(s) whose paper is gone": "%n 个论文已不存在的审校片段",
    "%n review history or finding row(s) whose segment is gone": "%n 行片段已不存在的审校历史或检查结果记录",
    "%n note or highlight row(s) of papers no longer in the library (the backups keep them)": "%n 行属于已不在文库中论文的笔记或高亮记录（备份中仍保留）",
    "%n topic or keyword tag(s) with no papers": "%n 个没有论文的主题或关键词标签",
    "%n tag(s) with a wrong paper count": "%n 个论文计数错误的标签",
    "The file is damaged (%n problem(s) reported by SQLite; restore a backup): %1": "文件已损坏（SQLite 报告了 %n 个问题；请恢复备份）：%1",
    "%n row(s) referring to rows that are gone (in %1)": "%n 行引用了已不存在的行（位于 %1）",
    "The full-text index is damaged: %1": "全文索引已损坏：%1",
    "%n screenshot(s) marked as downloaded whose cached file is missing": "%n 张标记为已下载但缓存文件缺失的截图",
    "%n PDF(s) marked as downloaded whose cached file is missing": "%n 个标记为已下载但缓存文件缺失的 PDF",
    # Startup: damaged, locked and read-only libraries (src/gui/libraryopener.cpp, readonlybar.cpp)
    "Open the library read-only (also with $PAPERSHELF_READ_ONLY=1).": "以只读方式打开文库（也可设置 $PAPERSHELF_READ_ONLY=1）。",
    "The backup could not be restored: %1": "无法恢复该备份：%1",
    "Library Restored": "文库已恢复",
    "The library %1 was restored from a backup.": "文库 %1 已从备份恢复。",
    "The library %1 was restored from a backup. The damaged file was kept as %2; it was not deleted.":
        "文库 %1 已从备份恢复。损坏的文件保留为 %2，没有被删除。",
    "Restoring the library from a backup…": "正在从备份恢复文库…",
    "Opening and checking the library %1…": "正在打开并检查文库 %1…",
    "Damaged Library": "文库已损坏",
    "The library %1 is damaged, so PaperShelf will not write to it.\n\nSQLite reported: %2":
        "文库 %1 已损坏，PaperShelf 不会写入它。\n\nSQLite 报告：%2",
    "No good backup was found in %1. The damaged file was left untouched.":
        "在 %1 中没有找到完好的备份。损坏的文件保持原样。",
    "The newest good backup is %1. Restoring it moves the damaged file aside (it is kept, never deleted) and puts the backup in its place.":
        "最新的完好备份是 %1。恢复它会把损坏的文件移到一旁（保留，绝不删除），并用该备份代替它。",
    "&Restore Newest Good Backup": "恢复最新的完好备份(&R)",
    "Open &Read-Only": "以只读方式打开(&R)",
    "Library in Use": "文库正在使用中",
    "The library %1 is in use: another program is writing to it and did not finish within %Ln second(s).":
        "文库 %1 正在使用中：另一个程序正在写入它，并且在 %Ln 秒内没有完成。",
    "Retry when that program has finished, or open the library read-only for now.":
        "请在该程序完成后重试，或者暂时以只读方式打开文库。",
    "it was opened with --read-only": "它是用 --read-only 打开的",
    "the file %1 cannot be written": "文件 %1 不可写",
    "its folder %1 cannot be written": "它所在的文件夹 %1 不可写",
    "another program is writing to it; reopen it when that program has finished":
        "另一个程序正在写入它；请在该程序完成后重新打开",
    "the file is damaged; restore a backup to work with it again": "文件已损坏；请恢复备份后再继续使用",
    "The library is open read-only: %1. Changes cannot be saved.": "文库以只读方式打开：%1。无法保存更改。",
    "the library is read-only (%1)": "文库是只读的（%1）",
    "the library is open read-only: %1": "文库以只读方式打开：%1",
    "the library file is damaged (%1); close PaperShelf and restore a backup":
        "文库文件已损坏（%1）；请关闭 PaperShelf 并恢复备份",
    "the library is in use by another program (%1)": "文库正被另一个程序使用（%1）",
    "the library is open read-only, so nothing can be imported": "文库以只读方式打开，因此无法导入任何内容",
    # Backups through the online backup API (src/core/backup/librarybackup.cpp), restore (windowhost.cpp)
    "%1 is damaged, so it was not backed up; restore it from a backup (%2)": "%1 已损坏，因此没有备份；请从备份恢复（%2）",
    "backup of %1: %2": "%1 的备份：%2",
    "The library is open read-only, so it cannot be replaced by a backup. Open it with write access to restore it.":
        "文库以只读方式打开，因此不能用备份替换。请以可写方式打开文库后再恢复。",
    "Another library is being opened. Try again once it is open or cancelled.":
        "正在打开另一个文库。请在它打开或被取消后再试。",
    # Library file errors (src/core/db/database.cpp)
    "an I/O error occurred while writing to the disk; the disk may be full or failing (%1)":
        "写入磁盘时发生 I/O 错误；磁盘可能已满或出现故障（%1）",
    "an I/O error occurred while writing to the disk: flushing the data to the disk failed; the disk may be failing (%1)":
        "写入磁盘时发生 I/O 错误：将数据刷新到磁盘失败；磁盘可能出现故障（%1）",
    "an I/O error occurred while reading the disk; the disk may be failing (%1)": "读取磁盘时发生 I/O 错误；磁盘可能出现故障（%1）",
    "an I/O error occurred while reading or writing the disk (%1)": "读写磁盘时发生 I/O 错误（%1）",
    "the file %1 is read-only": "文件 %1 是只读的",
    "the folder %1 is read-only": "文件夹 %1 是只读的",
    "the library is locked by another process": "文库已被另一个进程锁定",
    "the file is not an SQLite database": "该文件不是 SQLite 数据库",
    "the library file is corrupt (%1); restore it from a backup": "文库文件已损坏（%1）；请从备份恢复",
    "the library is read-only": "文库是只读的",
    "the disk is full (no space left to write the library); free some space and try again": "磁盘已满（没有空间写入文库）；请释放一些空间后重试",
    "the file cannot be opened (%1)": "无法打开该文件（%1）",
    "%1 is a folder, not a library file": "%1 是文件夹，不是文库文件",
    "%1 cannot be read (permission denied)": "无法读取 %1（权限被拒绝）",
    "%1 is read-only; it cannot be changed": "%1 是只读的，无法更改",
    "cannot create the folder %1": "无法创建文件夹 %1",
    "%1 is in a read-only folder; it cannot be changed": "%1 位于只读文件夹中，无法更改",
    "%1 was written by a newer PaperShelf (schema %2, this version reads up to %3)":
        "%1 由更新版本的 PaperShelf 写入（结构版本 %2，此版本最多可读取 %3）",
    "%1 is damaged (quick_check: %2); restore it from a backup": "%1 已损坏（quick_check：%2）；请从备份恢复",
    "%1 needs a schema upgrade (version %2 to %3) but was opened read-only": "%1 需要升级结构（版本 %2 升至 %3），但以只读方式打开",
    "%1 needs a schema upgrade, which is only made after a backup, and the backup failed: %2":
        "%1 需要升级结构，而升级只在备份之后进行，但备份失败：%2",
    "%1 is open read-only": "%1 以只读方式打开",
    "integrity: %1": "完整性：%1",
    "foreign key: row %1 of %2 refers to a missing row of %3": "外键：%2 的第 %1 行引用了 %3 中不存在的行",
    "full-text index: %1": "全文索引：%1",
}

def conflicting_entries():
    """Source texts listed twice in ZH with different translations (Python keeps
    the last silently; one source text gets one translation everywhere)."""
    import ast
    with open(__file__, encoding="utf-8") as script:
        module = ast.parse(script.read())
    conflicts = []
    for node in module.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "ZH" for t in node.targets):
            seen = {}
            for key, value in zip(node.value.keys, node.value.values):
                source, text = ast.literal_eval(key), ast.literal_eval(value)
                if source in seen and seen[source] != text:
                    conflicts.append((key.lineno, source, seen[source], text))
                seen[source] = text
    return conflicts


def main(path):
    conflicts = conflicting_entries()
    for line, source, first, second in conflicts:
        print(f"line {line}: {source!r} is listed twice: {first!r} and {second!r}", file=sys.stderr)
    if conflicts:
        return 1
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

# English plural forms: the first noun with "(s)" after the count loses or keeps it:
# "%Ln paper(s)" -> "%Ln paper" / "%Ln papers", "%n topic or keyword tag(s) with ..." ->
# "... tag" / "... tags". Other "(s)" (after %1) stay.
COUNT = re.compile(r"%L?n\b")
COUNTED_NOUN = re.compile(r"(\w+)\(s\)")


def english_forms(source):
    count = COUNT.search(source)
    if not count:
        return source, source
    noun = COUNTED_NOUN.search(source, count.end())
    if not noun:
        return source, source
    before, after = source[: noun.start()], source[noun.end() :]
    return before + noun.group(1) + after, before + noun.group(1) + "s" + after


def fill_english(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        singular, plural = english_forms(message.findtext("source"))
        forms = translation.findall("numerusform")
        while len(forms) < 2:
            forms.append(ET.SubElement(translation, "numerusform"))
        forms[0].text, forms[1].text = singular, plural
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        sys.exit(main(sys.argv[1]))
    status = main("translations/papershelf_zh_CN.ts")
    sys.exit(status or fill_english("translations/papershelf_en.ts"))
