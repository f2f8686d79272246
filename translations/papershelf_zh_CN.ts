<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PaperShelf</source>
        <translation>PaperShelf</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Welcome to PaperShelf</source>
        <translation>欢迎使用 PaperShelf</translation>
    </message>
    <message>
        <source>This library is empty. Import digest files or a folder of digests to start, or look around in a small demo library first.</source>
        <translation>此文库为空。请导入摘要文件或摘要文件夹以开始使用，也可以先在小型演示文库中看看。</translation>
    </message>
    <message>
        <source>Import Digests…</source>
        <translation>导入摘要…</translation>
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Open Demo Library</source>
        <translation>打开演示文库</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Import Digests…</source>
        <translation>导入摘要(&amp;I)…</translation>
    </message>
    <message>
        <source>Import digest files into the library</source>
        <translation>将摘要文件导入文库</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every digest in a folder and its subfolders</source>
        <translation>导入文件夹及其子文件夹中的所有摘要</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>打开文库(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open &amp;Demo Library</source>
        <translation>打开演示文库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear Search and Filters</source>
        <translation>清除搜索和筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Previous Paper</source>
        <translation>上一篇论文(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>&amp;Next Paper</source>
        <translation>下一篇论文(&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;About PaperShelf</source>
        <translation>关于 PaperShelf(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::FilterChipsBar</name>
    <message>
        <source>Active filters</source>
        <translation>当前筛选条件</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>any of:</source>
        <translation>任一满足：</translation>
    </message>
    <message>
        <source>Included %1</source>
        <translation>已包含 %1</translation>
    </message>
    <message>
        <source>Excluded %1</source>
        <translation>已排除 %1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>my tag</source>
        <translation>自定义标签</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n paper(s) added</source>
        <translation>
            <numerusform>新增 %n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 篇未变</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files imported before stay.</source>
        <translation>导入已取消；此前已导入的文件将保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read, %1 digest(s), %2 paper entries, %3 screenshots.</source>
        <translation>
            <numerusform>已读取 %n 个文件，%1 份摘要，%2 个论文条目，%3 张截图。</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors (nothing of these files was imported):</source>
        <translation>错误（以下文件的内容均未导入）：</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::MainWindow</name>
    <message>
        <source>PaperShelf — %1</source>
        <translation>PaperShelf — %1</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>无法读取文库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, abstracts, 中文摘要… (Ctrl+F)</source>
        <translation>搜索标题、英文摘要、中文摘要… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>No paper matches the search “%1”.</source>
        <translation>没有与搜索“%1”匹配的论文。</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 篇</translation>
    </message>
    <message>
        <source>Import Digests</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>Markdown digests (*.md);;All files (*)</source>
        <translation>Markdown 摘要 (*.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Digests</source>
        <translation>导入摘要文件夹</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <source>PaperShelf libraries (*.papershelf);;All files (*)</source>
        <translation>PaperShelf 文库 (*.papershelf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The library cannot be opened:
%1</source>
        <translation>无法打开文库：
%1</translation>
    </message>
    <message>
        <source>Demo Library</source>
        <translation>演示文库</translation>
    </message>
    <message>
        <source>No temporary folder for the demo library.</source>
        <translation>没有可供演示文库使用的临时文件夹。</translation>
    </message>
    <message>
        <source>The demo digest could not be written.</source>
        <translation>无法写入演示摘要。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing Digests</source>
        <translation>正在导入摘要</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>正在更新搜索索引…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件，共 %2 个：%3</translation>
    </message>
    <message>
        <source>About PaperShelf</source>
        <translation>关于 PaperShelf</translation>
    </message>
    <message>
        <source>PaperShelf %1
A local library for AI-written arXiv digests: search, read, annotate and review them offline.</source>
        <translation>PaperShelf %1
由 AI 撰写的 arXiv 论文摘要的本地文库：离线搜索、阅读、批注和审校。</translation>
    </message>
    <message numerus="yes">
        <source>No paper matches the search “%1” together with the %n tag filter(s).</source>
        <translation>
            <numerusform>没有论文同时匹配搜索“%1”和 %n 个标签筛选条件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No paper passes the %n tag filter(s).</source>
        <translation>
            <numerusform>没有论文满足 %n 个标签筛选条件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::PaperTableModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>待读</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Date of the latest digest listing the paper</source>
        <translation>收录该论文的最新一期摘要的日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Number of figure screenshots</source>
        <translation>图片截图数量</translation>
    </message>
    <message>
        <source>Share of the Chinese text reviewed</source>
        <translation>中文内容已审校的比例</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审校</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReaderHtmlBuilder</name>
    <message>
        <source>arXiv</source>
        <translation>arXiv</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>arXiv:%1v%2</source>
        <translation>arXiv:%1v%2</translation>
    </message>
    <message>
        <source>arXiv:%1</source>
        <translation>arXiv:%1</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>This digest has no abstract for this paper.</source>
        <translation>此日报摘要未包含该论文的英文摘要。</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Key Takeaways</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Structured Summary</source>
        <translation>结构化总结</translation>
    </message>
    <message>
        <source>This digest has no Chinese text for this paper.</source>
        <translation>此日报摘要未包含该论文的中文内容。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReaderWidget</name>
    <message>
        <source>Select a paper to read it here.</source>
        <translation>选择一篇论文即可在此阅读。</translation>
    </message>
    <message>
        <source>Paper details</source>
        <translation>论文详情</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文内容</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文内容</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>上下排列</translation>
    </message>
    <message>
        <source>English Only</source>
        <translation>仅英文</translation>
    </message>
    <message>
        <source>Chinese Only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>未打开链接</translation>
    </message>
    <message>
        <source>PaperShelf opens only web links (http and https). This link was not opened:

%1</source>
        <translation>PaperShelf 只打开网页链接（http 和 https）。此链接未打开：

%1</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>This link comes from the digest. Open it in your web browser?

%1</source>
        <translation>此链接来自摘要。要在网页浏览器中打开吗？

%1</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::TagFilterModel</name>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>My Tags</source>
        <translation>自定义标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) in the current results</source>
        <translation>
            <numerusform>当前结果中有 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n tag(s)</source>
        <translation>
            <numerusform>%1，%n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) in the current results</source>
        <translation>
            <numerusform>%1：当前结果中有 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to show only papers with this tag.</source>
        <translation>%1
单击以仅显示带有此标签的论文。</translation>
    </message>
    <message>
        <source>%1
Included. Click to exclude papers with this tag.</source>
        <translation>%1
已包含。单击以排除带有此标签的论文。</translation>
    </message>
    <message>
        <source>%1
Excluded. Click to stop filtering by this tag.</source>
        <translation>%1
已排除。单击以停止按此标签筛选。</translation>
    </message>
    <message>
        <source>not filtered</source>
        <translation>未筛选</translation>
    </message>
    <message>
        <source>included</source>
        <translation>已包含</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n paper(s), %2</source>
        <translation>
            <numerusform>%1，%n 篇论文，%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::TagFilterProxy</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Tag filters</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>筛选标签</translation>
    </message>
    <message>
        <source>Included tags:</source>
        <translation>包含的标签：</translation>
    </message>
    <message>
        <source>Show papers that have every included tag</source>
        <translation>显示带有全部包含标签的论文</translation>
    </message>
    <message>
        <source>Match all included tags</source>
        <translation>全部满足包含的标签</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <source>Show papers that have at least one included tag</source>
        <translation>显示至少带有一个包含标签的论文</translation>
    </message>
    <message>
        <source>Match any included tag</source>
        <translation>任一满足包含的标签</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任一满足</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Click a tag or press Space to include, exclude or clear it</source>
        <translation>单击标签或按空格键可包含、排除或清除该标签</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PaperShelf: a local library of arXiv digests.</source>
        <translation>PaperShelf：arXiv 论文摘要的本地文库。</translation>
    </message>
    <message>
        <source>Open this library file (default: $PAPERSHELF_LIBRARY, else the default library).</source>
        <translation>打开此文库文件（默认：$PAPERSHELF_LIBRARY，否则为默认文库）。</translation>
    </message>
    <message>
        <source>PaperShelf</source>
        <translation>PaperShelf</translation>
    </message>
    <message>
        <source>The library cannot be opened:
%1</source>
        <translation>无法打开文库：
%1</translation>
    </message>
</context>
</TS>
