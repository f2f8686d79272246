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
    <name>ImportUrlDialog</name>
    <message>
        <source>Import from URL</source>
        <translation>从网址导入</translation>
    </message>
    <message>
        <source>Digest URLs (raw Markdown), one per line:</source>
        <translation>摘要网址（原始 Markdown），每行一个：</translation>
    </message>
    <message>
        <source>Digest URLs</source>
        <translation>摘要网址</translation>
    </message>
    <message>
        <source>https://example.org/posts/2024-02-01-digest.md</source>
        <translation>https://example.org/posts/2024-02-01-digest.md</translation>
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
    <message>
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>图库(&amp;G)</translation>
    </message>
    <message>
        <source>Show the figures of the papers in the list</source>
        <translation>显示列表中论文的图片</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ArxivDifferencesDialog</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Use arXiv title</source>
        <translation>使用 arXiv 标题</translation>
    </message>
    <message>
        <source>Use arXiv authors</source>
        <translation>使用 arXiv 作者</translation>
    </message>
    <message>
        <source>Use arXiv abstract</source>
        <translation>使用 arXiv 摘要</translation>
    </message>
    <message>
        <source>Differences with arXiv</source>
        <translation>与 arXiv 的差异</translation>
    </message>
    <message numerus="yes">
        <source>arXiv describes %n paper(s) differently from the digest. Nothing changes unless you tick a field and press Apply.</source>
        <translation>
            <numerusform>arXiv 对 %n 篇论文的描述与摘要不同。除非勾选字段并按“应用”，否则不会更改任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>arXiv</source>
        <translation>arXiv</translation>
    </message>
    <message>
        <source>Digest %1</source>
        <translation>摘要 %1</translation>
    </message>
    <message>
        <source>arXiv %1</source>
        <translation>arXiv %1</translation>
    </message>
    <message>
        <source>Apply Chosen Fields</source>
        <translation>应用所选字段</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::FigureDelegate</name>
    <message>
        <source>Figure %1</source>
        <translation>图 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::FigureDownloadController</name>
    <message>
        <source>Figures cannot be downloaded: %1</source>
        <translation>无法下载图片：%1</translation>
    </message>
    <message>
        <source>Working offline: figures are not downloaded</source>
        <translation>离线工作中：不下载图片</translation>
    </message>
    <message>
        <source>Figures: looking for work…</source>
        <translation>图片：正在查找待下载项…</translation>
    </message>
    <message>
        <source>Figures cannot be listed: %1</source>
        <translation>无法列出图片：%1</translation>
    </message>
    <message numerus="yes">
        <source>Figures: nothing to download (%n cached)</source>
        <translation>
            <numerusform>图片：无需下载（已缓存 %n 张）</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures: cancelled after %1 downloaded</source>
        <translation>图片：已取消，已下载 %1 张</translation>
    </message>
    <message>
        <source>Figures: offline, %1 downloaded</source>
        <translation>图片：已离线，已下载 %1 张</translation>
    </message>
    <message>
        <source>Figures: %1 downloaded, %2 failed</source>
        <translation>图片：已下载 %1 张，失败 %2 张</translation>
    </message>
    <message>
        <source>Download Figures</source>
        <translation>下载图片</translation>
    </message>
    <message>
        <source>Download Figures of &amp;Selected Papers</source>
        <translation>下载所选论文的图片(&amp;S)</translation>
    </message>
    <message>
        <source>Download Figures of Current &amp;Results</source>
        <translation>下载当前结果的图片(&amp;R)</translation>
    </message>
    <message>
        <source>Download Figures of &amp;Whole Library</source>
        <translation>下载整个文库的图片(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Figures</source>
        <translation>重试失败的图片(&amp;T)</translation>
    </message>
    <message>
        <source>Work O&amp;ffline</source>
        <translation>离线工作(&amp;F)</translation>
    </message>
    <message>
        <source>Download Figures of &amp;New Imports</source>
        <translation>下载新导入论文的图片(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::FigureModel</name>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Not downloaded (offline)</source>
        <translation>未下载（离线）</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>尚未下载</translation>
    </message>
    <message>
        <source>Figure %1 of “%2”</source>
        <translation>“%2”的图 %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The cached image cannot be read: %1</source>
        <translation>无法读取缓存的图片：%1</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::FigureProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Figures %1/%2, %3 failed</source>
        <translation>图片 %1/%2，失败 %3 张</translation>
    </message>
    <message>
        <source>Figures %1/%2</source>
        <translation>图片 %1/%2</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::FigureStrip</name>
    <message>
        <source>Figures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Retry Missing</source>
        <translation>重试缺失项</translation>
    </message>
    <message>
        <source>Download the missing and failed figures of this paper again</source>
        <translation>重新下载本论文缺失和失败的图片</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figure(s) cached</source>
        <translation>
            <numerusform>%n 张图片中已缓存 %1 张</numerusform>
        </translation>
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
    <name>PaperShelf::Gui::GalleryView</name>
    <message>
        <source>Go to Paper</source>
        <translation>转到论文</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Retry Missing</source>
        <translation>重试缺失项</translation>
    </message>
    <message>
        <source>Download the missing and failed figures shown here again</source>
        <translation>重新下载此处显示的缺失和失败的图片</translation>
    </message>
    <message>
        <source>%1 figures of %2 papers</source>
        <translation>%2 篇论文的 %1 张图片</translation>
    </message>
    <message>
        <source>%1 · %2 not cached</source>
        <translation>%1 · %2 张未缓存</translation>
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
    <name>PaperShelf::Gui::ImportUrlDialog</name>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>不是 http(s) 网址：%1</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::Lightbox</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
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
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制网址</translation>
    </message>
    <message>
        <source>Open Source URL</source>
        <translation>打开来源网址</translation>
    </message>
    <message>
        <source>No figure.</source>
        <translation>没有图片。</translation>
    </message>
    <message>
        <source>Figure %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>Figure %1 of %2 — %3</source>
        <translation>第 %1 张，共 %2 张 — %3</translation>
    </message>
    <message>
        <source>The cached image cannot be read: %1</source>
        <translation>无法读取缓存的图片：%1</translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation>适应窗口（%1）</translation>
    </message>
    <message>
        <source>Save Figure As</source>
        <translation>图片另存为</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The figure could not be saved to %1.</source>
        <translation>无法将图片保存到 %1。</translation>
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
    <message>
        <source>Import from URL…</source>
        <translation>从网址导入…</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::NetworkActions</name>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>从网址导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Download digests by URL and import them</source>
        <translation>按网址下载摘要并导入</translation>
    </message>
    <message>
        <source>Fetch &amp;arXiv Metadata</source>
        <translation>获取 arXiv 元数据(&amp;A)</translation>
    </message>
    <message>
        <source>Compare the selected papers with their arXiv records</source>
        <translation>将所选论文与其 arXiv 记录比较</translation>
    </message>
    <message>
        <source>&amp;Download PDF</source>
        <translation>下载 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the selected papers' PDFs for offline reading</source>
        <translation>保存所选论文的 PDF 以便离线阅读</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <source>Open the current paper's downloaded PDF in the system viewer</source>
        <translation>用系统查看器打开当前论文已下载的 PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PaperShelf</source>
        <translation>PaperShelf</translation>
    </message>
    <message>
        <source>Downloading digests…</source>
        <translation>正在下载摘要…</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>Fetch arXiv Metadata</source>
        <translation>获取 arXiv 元数据</translation>
    </message>
    <message>
        <source>Select one or more papers first.</source>
        <translation>请先选择一篇或多篇论文。</translation>
    </message>
    <message>
        <source>Fetching arXiv metadata…</source>
        <translation>正在获取 arXiv 元数据…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>arXiv: %1 of %2 paper(s) fetched, %3 differ from the digest, %4 failed</source>
        <translation>arXiv：已获取 %2 篇中的 %1 篇，%3 篇与摘要不同，%4 篇失败</translation>
    </message>
    <message numerus="yes">
        <source>arXiv agrees with the digest for %n paper(s).</source>
        <translation>
            <numerusform>arXiv 与摘要对 %n 篇论文的描述一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied arXiv fields to %n paper(s)</source>
        <translation>
            <numerusform>已将 arXiv 字段应用到 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Download PDF</source>
        <translation>下载 PDF</translation>
    </message>
    <message>
        <source>Downloading PDFs…</source>
        <translation>正在下载 PDF…</translation>
    </message>
    <message>
        <source>PDFs: %1 downloaded, %2 failed</source>
        <translation>PDF：已下载 %1 个，失败 %2 个</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>This paper's PDF has not been downloaded. Use Library → Download PDF first.</source>
        <translation>此论文的 PDF 尚未下载。请先使用“文库 → 下载 PDF”。</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>没有应用程序能打开 %1。</translation>
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
    <message>
        <source>PDF downloaded for offline reading</source>
        <translation>PDF 已下载，可离线阅读</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>The PDF download failed</source>
        <translation>PDF 下载失败</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Whether the PDF is kept for offline reading</source>
        <translation>是否已保存 PDF 以便离线阅读</translation>
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
    <name>PaperShelf::Gui::Thumbnailer</name>
    <message>
        <source>The image file is missing.</source>
        <translation>图片文件不存在。</translation>
    </message>
    <message>
        <source>Not a readable image: %1</source>
        <translation>不是可读的图片：%1</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation>无法解码图片：%1</translation>
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
