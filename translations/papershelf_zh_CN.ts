<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>This library is empty. Import digest files or a folder of digests to start, or look around in a small demo library first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Digests…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Demo Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Digests…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import digest files into the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import every digest in a folder and its subfolders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Demo Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear Search and Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About PaperShelf</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperShelf::Gui::FilterChipsBar</name>
    <message>
        <source>Active filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excluded %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>my tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n paper(s) added</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files imported before stay.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) read, %1 digest(s), %2 paper entries, %3 screenshots.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Errors (nothing of these files was imported):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No paper matches the search “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag filters leave no paper.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Digests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown digests (*.md);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a Folder of Digests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PaperShelf libraries (*.papershelf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library cannot be opened:
%1</source>
        <translation>无法打开文库：
%1</translation>
    </message>
    <message>
        <source>Demo Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No temporary folder for the demo library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo digest could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing Digests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About PaperShelf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PaperShelf %1
A local library for AI-written arXiv digests: search, read, annotate and review them offline.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>To read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the latest digest listing the paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of figure screenshots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the Chinese text reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReaderHtmlBuilder</name>
    <message>
        <source>arXiv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arXiv:%1v%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arXiv:%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This digest has no abstract for this paper.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key Takeaways</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Structured Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This digest has no Chinese text for this paper.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReaderWidget</name>
    <message>
        <source>Select a paper to read it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side by Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stacked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Citation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PaperShelf opens only web links (http and https). This link was not opened:

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This link comes from the digest. Open it in your web browser?

%1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>My Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n tag(s) in the current results</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n tag(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) in the current results</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1
Click to show only papers with this tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Included. Click to exclude papers with this tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Excluded. Click to stop filtering by this tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not filtered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n paper(s), %2</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::TagFilterProxy</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Tag filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show papers that have every included tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match all included tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show papers that have at least one included tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match any included tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a tag or press Space to include, exclude or clear it</source>
        <translation type="unfinished" />
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
