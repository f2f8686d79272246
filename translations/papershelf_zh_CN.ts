<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddTagDialog</name>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>标签名称</translation>
    </message>
</context>
<context>
    <name>ArchiveMergeDialog</name>
    <message>
        <source>Annotation Archive Merged</source>
        <translation>批注存档已合并</translation>
    </message>
    <message>
        <source>Conflicts (both sides changed; the newer edit was kept)</source>
        <translation>冲突（双方均有修改；已保留较新的修改）</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的版本</translation>
    </message>
    <message>
        <source>Skipped (papers this library does not have)</source>
        <translation>已跳过（本文库中没有的论文）</translation>
    </message>
    <message>
        <source>Skipped papers</source>
        <translation>已跳过的论文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>按颜色显示高亮</translation>
    </message>
    <message>
        <source>Rename what the highlight colours mean</source>
        <translation>重命名各高亮颜色的含义</translation>
    </message>
    <message>
        <source>Rename Colour Meanings…</source>
        <translation>重命名颜色含义…</translation>
    </message>
    <message>
        <source>No highlights. Select text in the reader and press Ctrl+H to highlight it.</source>
        <translation>没有高亮。在阅读器中选中文本并按 Ctrl+H 即可高亮。</translation>
    </message>
</context>
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
    <name>LibraryCheckDialog</name>
    <message>
        <source>Check Library</source>
        <translation>检查文库</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Repairs remove data nothing can reach and correct derived data; they never touch notes, highlights, own tags or review work. Damage to the file itself cannot be repaired here: restore a backup (Library → Restore from Backup…).</source>
        <translation>修复只会删除已无法访问的数据并更正派生数据，不会改动笔记、高亮、自有标签或审校工作。文件本身的损坏无法在此修复：请恢复备份（文库 → 从备份恢复…）。</translation>
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
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Interface language and reviewer name</source>
        <translation>界面语言和审校人姓名</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
</context>
<context>
    <name>ManageTagsDialog</name>
    <message>
        <source>Manage Tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>Your tags</source>
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
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Merge &amp;Instead</source>
        <translation>改为合并(&amp;I)</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::AnnotationArchive</name>
    <message>
        <source>The file is not JSON: %1 (at byte %2).</source>
        <translation>该文件不是 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The file is not a PaperShelf annotation archive.</source>
        <translation>该文件不是 PaperShelf 批注存档。</translation>
    </message>
    <message>
        <source>The archive was written by a newer PaperShelf (format version %1).</source>
        <translation>该存档由更新版本的 PaperShelf 写入（格式版本 %1）。</translation>
    </message>
    <message>
        <source>The annotations were merged, but the search index could not be updated (it is retried when the library is next opened): %1</source>
        <translation>批注已合并，但无法更新搜索索引（下次打开文库时会重试）：%1</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::AnnotationStore</name>
    <message>
        <source>A rating is 0 to 5 stars, not %1.</source>
        <translation>评分应为 0 到 5 星，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::Database</name>
    <message>
        <source>an I/O error occurred while writing to the disk; the disk may be full or failing (%1)</source>
        <translation>写入磁盘时发生 I/O 错误；磁盘可能已满或出现故障（%1）</translation>
    </message>
    <message>
        <source>an I/O error occurred while writing to the disk: flushing the data to the disk failed; the disk may be failing (%1)</source>
        <translation>写入磁盘时发生 I/O 错误：将数据刷新到磁盘失败；磁盘可能出现故障（%1）</translation>
    </message>
    <message>
        <source>an I/O error occurred while reading the disk; the disk may be failing (%1)</source>
        <translation>读取磁盘时发生 I/O 错误；磁盘可能出现故障（%1）</translation>
    </message>
    <message>
        <source>an I/O error occurred while reading or writing the disk (%1)</source>
        <translation>读写磁盘时发生 I/O 错误（%1）</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>文件 %1 是只读的</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>文件夹 %1 是只读的</translation>
    </message>
    <message>
        <source>the library is locked by another process</source>
        <translation>文库已被另一个进程锁定</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>该文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>the library file is corrupt (%1); restore it from a backup</source>
        <translation>文库文件已损坏（%1）；请从备份恢复</translation>
    </message>
    <message>
        <source>the library is read-only</source>
        <translation>文库是只读的</translation>
    </message>
    <message>
        <source>the disk is full (no space left to write the library); free some space and try again</source>
        <translation>磁盘已满（没有空间写入文库）；请释放一些空间后重试</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>无法打开该文件（%1）</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file</source>
        <translation>%1 是文件夹，不是文库文件</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation>无法读取 %1（权限被拒绝）</translation>
    </message>
    <message>
        <source>%1 is read-only; it cannot be changed</source>
        <translation>%1 是只读的，无法更改</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is in a read-only folder; it cannot be changed</source>
        <translation>%1 位于只读文件夹中，无法更改</translation>
    </message>
    <message>
        <source>%1 is not a PaperShelf library (not an SQLite database)</source>
        <translation>%1 不是 PaperShelf 文库（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 is not a PaperShelf library (an SQLite database of another program)</source>
        <translation>%1 不是 PaperShelf 文库（是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 was written by a newer PaperShelf (schema %2, this version reads up to %3)</source>
        <translation>%1 由更新版本的 PaperShelf 写入（结构版本 %2，此版本最多可读取 %3）</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2); restore it from a backup</source>
        <translation>%1 已损坏（quick_check：%2）；请从备份恢复</translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade (version %2 to %3) but was opened read-only</source>
        <translation>%1 需要升级结构（版本 %2 升至 %3），但以只读方式打开</translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade, which is only made after a backup, and the backup failed: %2</source>
        <translation>%1 需要升级结构，而升级只在备份之后进行，但备份失败：%2</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 以只读方式打开</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of %2 refers to a missing row of %3</source>
        <translation>外键：%2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>full-text index: %1</source>
        <translation>全文索引：%1</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::FilterCodec</name>
    <message>
        <source>The saved search has an invalid value for "%1".</source>
        <translation>已保存的搜索中“%1”的值无效。</translation>
    </message>
    <message>
        <source>The saved search was written by a newer version of PaperShelf.</source>
        <translation>该已保存搜索由更新版本的 PaperShelf 写入。</translation>
    </message>
    <message>
        <source>The saved search has an unknown condition "%1".</source>
        <translation>已保存的搜索包含未知条件“%1”。</translation>
    </message>
    <message>
        <source>The saved search is not readable: %1.</source>
        <translation>无法读取已保存的搜索：%1。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::GlossaryCodec</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>字段的右引号后还有文本</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>未加引号的字段中出现了引号（请给整个字段加上引号）</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段没有结束引号</translation>
    </message>
    <message>
        <source>unknown column "%1" (the columns are term, preferred, wrong and note)</source>
        <translation>未知的列“%1”（列应为 term、preferred、wrong 和 note）</translation>
    </message>
    <message>
        <source>column "%1" is named twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <source>the first line must name the columns: term, preferred, wrong, note</source>
        <translation>第一行必须列出列名：term、preferred、wrong、note</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>该文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>line 1: the file is empty; the first line must name the columns: term, preferred, wrong, note</source>
        <translation>第 1 行：文件为空；第一行必须列出列名：term、preferred、wrong、note</translation>
    </message>
    <message>
        <source>%1 field(s) where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>the term is empty</source>
        <translation>术语为空</translation>
    </message>
    <message>
        <source>the preferred rendering of "%1" is empty</source>
        <translation>“%1”的首选译法为空</translation>
    </message>
    <message>
        <source>"%1" is already on line %2</source>
        <translation>“%1”已在第 %2 行出现</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::GlossaryStore</name>
    <message>
        <source>The glossary has no term "%1".</source>
        <translation>术语表中没有术语“%1”。</translation>
    </message>
    <message>
        <source>A glossary term cannot be empty.</source>
        <translation>术语不能为空。</translation>
    </message>
    <message>
        <source>The term "%1" needs a preferred rendering.</source>
        <translation>术语“%1”需要首选译法。</translation>
    </message>
    <message>
        <source>The glossary has no term with id %1.</source>
        <translation>术语表中没有 ID 为 %1 的术语。</translation>
    </message>
    <message>
        <source>The glossary already has the term "%1".</source>
        <translation>术语表中已有术语“%1”。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::HighlightStore</name>
    <message>
        <source>important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>doubt</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>“%1” is not a text field of a paper.</source>
        <translation>“%1”不是论文的文本字段。</translation>
    </message>
    <message>
        <source>“%1” is not a highlight colour.</source>
        <translation>“%1”不是高亮颜色。</translation>
    </message>
    <message>
        <source>The paper is no longer in the library.</source>
        <translation>该论文已不在文库中。</translation>
    </message>
    <message>
        <source>The selection is outside the text.</source>
        <translation>所选内容超出了文本范围。</translation>
    </message>
    <message>
        <source>The highlight no longer exists.</source>
        <translation>该高亮已不存在。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::LibraryBackup</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a PaperShelf library (not an SQLite database)</source>
        <translation>%1 不是 PaperShelf 文库（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 已损坏（quick_check：%2）</translation>
    </message>
    <message>
        <source>%1 is not a PaperShelf library (an SQLite database of another program)</source>
        <translation>%1 不是 PaperShelf 文库（是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 was written by a newer PaperShelf (schema %2)</source>
        <translation>%1 由更新版本的 PaperShelf 写入（架构版本 %2）</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>the backup of %1 failed its check, so it was not kept: %2</source>
        <translation>%1 的备份未通过检查，因此未保留：%2</translation>
    </message>
    <message>
        <source>cannot rename the backup to %1</source>
        <translation>无法将备份重命名为 %1</translation>
    </message>
    <message>
        <source>the annotation sidecar could not be exported: %1</source>
        <translation>无法导出批注附属存档：%1</translation>
    </message>
    <message>
        <source>the annotation sidecar %1 could not be written: %2</source>
        <translation>无法写入批注附属存档 %1：%2</translation>
    </message>
    <message>
        <source>old backups could not be removed: %1</source>
        <translation>无法删除旧备份：%1</translation>
    </message>
    <message>
        <source>no backup %1 (neither a file nor a backup in %2)</source>
        <translation>没有备份 %1（既不是文件，也不是 %2 中的备份）</translation>
    </message>
    <message>
        <source>%1 is the library itself, not a backup</source>
        <translation>%1 是文库本身，不是备份</translation>
    </message>
    <message>
        <source>the backup cannot be restored: %1</source>
        <translation>无法恢复该备份：%1</translation>
    </message>
    <message>
        <source>cannot move the current library %1 aside to %2</source>
        <translation>无法将当前文库 %1 移到 %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2; the library was left as it was</source>
        <translation>无法将 %1 复制到 %2；文库保持原样</translation>
    </message>
    <message>
        <source>%1 is damaged, so it was not backed up; restore it from a backup (%2)</source>
        <translation>%1 已损坏，因此没有备份；请从备份恢复（%2）</translation>
    </message>
    <message>
        <source>backup of %1: %2</source>
        <translation>%1 的备份：%2</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::LibraryCheck</name>
    <message numerus="yes">
        <source>%n digest appearance(s) whose paper or digest is gone</source>
        <translation>
            <numerusform>%n 条论文或摘要已不存在的摘要出现记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) pointing at a digest appearance that is gone</source>
        <translation>
            <numerusform>%n 篇论文指向已不存在的摘要出现记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag link(s) whose paper or tag is gone</source>
        <translation>
            <numerusform>%n 个论文或标签已不存在的标签关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot, arXiv, PDF or search-queue row(s) whose paper is gone</source>
        <translation>
            <numerusform>%n 行论文已不存在的截图、arXiv、PDF 或搜索队列记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review segment(s) whose paper is gone</source>
        <translation>
            <numerusform>%n 个论文已不存在的审校片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review history or finding row(s) whose segment is gone</source>
        <translation>
            <numerusform>%n 行片段已不存在的审校历史或检查结果记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note or highlight row(s) of papers no longer in the library (the backups keep them)</source>
        <translation>
            <numerusform>%n 行属于已不在文库中论文的笔记或高亮记录（备份中仍保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic or keyword tag(s) with no papers</source>
        <translation>
            <numerusform>%n 个没有论文的主题或关键词标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) with a wrong paper count</source>
        <translation>
            <numerusform>%n 个论文计数错误的标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is damaged (%n problem(s) reported by SQLite; restore a backup): %1</source>
        <translation>
            <numerusform>文件已损坏（SQLite 报告了 %n 个问题；请恢复备份）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The full-text index is damaged: %1</source>
        <translation>全文索引已损坏：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) marked as downloaded whose cached file is missing</source>
        <translation>
            <numerusform>%n 张标记为已下载但缓存文件缺失的截图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) marked as downloaded whose cached file is missing</source>
        <translation>
            <numerusform>%n 个标记为已下载但缓存文件缺失的 PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) referring to rows that are gone (in %1)</source>
        <translation>
            <numerusform>%n 行引用了已不存在的行（位于 %1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::ReviewReport</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近一次操作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Flag reason</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <source>Source changed</source>
        <translation>原文已变更</translation>
    </message>
    <message>
        <source>In the current digest</source>
        <translation>在当前摘要中</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>审校报告</translation>
    </message>
    <message>
        <source>No segments in the selected papers.</source>
        <translation>所选论文中没有文段。</translation>
    </message>
    <message>
        <source>No review work in the selected papers.</source>
        <translation>所选论文中没有审校记录。</translation>
    </message>
    <message>
        <source>%1 segment(s) of %2 paper(s): %3.</source>
        <translation>%2 篇论文中的 %1 个文段：%3。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::ShelfStore</name>
    <message>
        <source>New in the latest digest</source>
        <translation>最新一期摘要新增</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>待读</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>有笔记</translation>
    </message>
    <message>
        <source>Built-in shelves cannot be renamed, changed or removed.</source>
        <translation>内置书架不能重命名、修改或删除。</translation>
    </message>
    <message>
        <source>There is no shelf with id %1.</source>
        <translation>不存在 ID 为 %1 的书架。</translation>
    </message>
    <message>
        <source>There is no shelf called "%1".</source>
        <translation>不存在名为“%1”的书架。</translation>
    </message>
    <message>
        <source>A shelf needs a name.</source>
        <translation>书架必须有名称。</translation>
    </message>
    <message>
        <source>"%1" is the name of a built-in shelf.</source>
        <translation>“%1”是内置书架的名称。</translation>
    </message>
    <message>
        <source>There is already a shelf called "%1".</source>
        <translation>已存在名为“%1”的书架。</translation>
    </message>
    <message>
        <source>The shelf "%1" is already there.</source>
        <translation>书架“%1”已存在。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Core::UserTagStore</name>
    <message>
        <source>There is no tag called “%1”.</source>
        <translation>不存在名为“%1”的标签。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签必须有名称。</translation>
    </message>
    <message>
        <source>There is already a tag called “%1”; merge the two tags instead.</source>
        <translation>已存在名为“%1”的标签；请改为合并这两个标签。</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>标签不能合并到自身。</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use #rrggbb.</source>
        <translation>“%1”不是颜色；请使用 #rrggbb 格式。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AddHighlightCommand</name>
    <message>
        <source>Add Highlight</source>
        <translation>添加高亮</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AddTagCommand</name>
    <message numerus="yes">
        <source>Tag %Ln Paper(s) “%1”</source>
        <translation>
            <numerusform>为 %Ln 篇论文添加标签“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AddTagDialog</name>
    <message>
        <source>Add Tag to One Paper</source>
        <translation>为一篇论文添加标签</translation>
    </message>
    <message>
        <source>Remove Tag from One Paper</source>
        <translation>从一篇论文移除标签</translation>
    </message>
    <message>
        <source>A new tag “%1” will be created.</source>
        <translation>将创建新标签“%1”。</translation>
    </message>
    <message>
        <source>The selected papers carry none of your tags.</source>
        <translation>所选论文都没有自定义标签。</translation>
    </message>
    <message>
        <source>None of the selected papers carries “%1”.</source>
        <translation>所选论文都没有标签“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Add Tag to %Ln Papers</source>
        <translation>
            <numerusform>为 %Ln 篇论文添加标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Tag from %Ln Papers</source>
        <translation>
            <numerusform>从 %Ln 篇论文移除标签</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AnnotationClient</name>
    <message>
        <source>the library is read-only (%1)</source>
        <translation>文库是只读的（%1）</translation>
    </message>
    <message>
        <source>the library is open read-only: %1</source>
        <translation>文库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>the library file is damaged (%1); close PaperShelf and restore a backup</source>
        <translation>文库文件已损坏（%1）；请关闭 PaperShelf 并恢复备份</translation>
    </message>
    <message>
        <source>the library is in use by another program (%1)</source>
        <translation>文库正被另一个程序使用（%1）</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AnnotationCommand</name>
    <message>
        <source>Edit Notes</source>
        <translation>编辑笔记</translation>
    </message>
    <message numerus="yes">
        <source>Set Status of %Ln Paper(s)</source>
        <translation>
            <numerusform>设置 %Ln 篇论文的状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %Ln Paper(s) %1</source>
        <translation>
            <numerusform>将 %Ln 篇论文评为 %1 星</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Paper(s) to Favourites</source>
        <translation>
            <numerusform>将 %Ln 篇论文加入收藏</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln Paper(s) from Favourites</source>
        <translation>
            <numerusform>将 %Ln 篇论文移出收藏</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AnnotationController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;To Read</source>
        <translation>待读(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;eading</source>
        <translation>在读(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>已读(&amp;R)</translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Add the selected papers to the favourites, or take them off</source>
        <translation>将所选论文加入收藏，或将其移出收藏</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>添加标签(&amp;A)…</translation>
    </message>
    <message>
        <source>R&amp;emove Tag…</source>
        <translation>移除标签(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Manage Own Tags…</source>
        <translation>管理自定义标签(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>Reading &amp;Status</source>
        <translation>阅读状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Star(s)</source>
        <translation>
            <numerusform>%Ln 星</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AnnotationPanel</name>
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
        <source>Reading status (Alt+1 to Alt+4)</source>
        <translation>阅读状态（Alt+1 至 Alt+4）</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>Rating (Ctrl+0 to Ctrl+5)</source>
        <translation>评分（Ctrl+0 至 Ctrl+5）</translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation>评分(&amp;A)：</translation>
    </message>
    <message>
        <source>♥ Favourite</source>
        <translation>♥ 收藏</translation>
    </message>
    <message>
        <source>Favourite (Ctrl+D)</source>
        <translation>收藏（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>♡ Favourite</source>
        <translation>♡ 收藏</translation>
    </message>
    <message>
        <source>Reading status</source>
        <translation>阅读状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation>笔记和高亮</translation>
    </message>
    <message>
        <source>&amp;Highlights (%1)</source>
        <translation>高亮 (%1)(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Star(s)</source>
        <translation>
            <numerusform>%Ln 星</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AnnotationViews</name>
    <message>
        <source>All &amp;Highlights…</source>
        <translation>所有高亮(&amp;H)…</translation>
    </message>
    <message>
        <source>All Highlights</source>
        <translation>所有高亮</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ArchiveMergeDialog</name>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The archive's (newer)</source>
        <translation>存档中的（较新）</translation>
    </message>
    <message>
        <source>This library's (newer)</source>
        <translation>本文库中的（较新）</translation>
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
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Highlight: %1</source>
        <translation>高亮：%1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln paper(s): %1 annotation(s) taken, %2 highlight(s) added, %3 updated, %4 tag link(s) added.</source>
        <translation>
            <numerusform>已合并 %Ln 篇论文：采用 %1 条批注，新增 %2 处高亮，更新 %3 处，新增 %4 个标签关联。</numerusform>
        </translation>
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
        <translation>使用 arXiv 英文摘要</translation>
    </message>
    <message>
        <source>Differences with arXiv</source>
        <translation>与 arXiv 的差异</translation>
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
        <source>Apply Chosen Fields</source>
        <translation>应用所选字段</translation>
    </message>
    <message>
        <source>Title in the digest</source>
        <translation>摘要中的标题</translation>
    </message>
    <message>
        <source>Authors in the digest</source>
        <translation>摘要中的作者</translation>
    </message>
    <message>
        <source>Abstract in the digest</source>
        <translation>摘要中的英文摘要</translation>
    </message>
    <message>
        <source>Title on arXiv</source>
        <translation>arXiv 上的标题</translation>
    </message>
    <message>
        <source>Authors on arXiv</source>
        <translation>arXiv 上的作者</translation>
    </message>
    <message>
        <source>Abstract on arXiv</source>
        <translation>arXiv 上的英文摘要</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message numerus="yes">
        <source>arXiv describes %Ln paper(s) differently from the digest. Nothing changes unless you tick a field and press Apply.</source>
        <translation>
            <numerusform>arXiv 对 %Ln 篇论文的描述与摘要不同。除非勾选字段并按“应用”，否则不会更改任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::DeleteTagCommand</name>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::DemoLibrary</name>
    <message>
        <source>No temporary folder for the demo library.</source>
        <translation>没有可供演示文库使用的临时文件夹。</translation>
    </message>
    <message>
        <source>The demo digest could not be written.</source>
        <translation>无法写入演示摘要。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::EditHighlightCommand</name>
    <message>
        <source>Edit Highlight</source>
        <translation>编辑高亮</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::EditNotesCommand</name>
    <message>
        <source>Edit Notes</source>
        <translation>编辑笔记</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ExportActions</name>
    <message>
        <source>Export &amp;Annotation Archive…</source>
        <translation>导出批注存档(&amp;A)…</translation>
    </message>
    <message>
        <source>Everything you created (notes, highlights, status, rating, own tags) as one JSON file another library can merge</source>
        <translation>将自己创建的全部内容（笔记、高亮、状态、评分、自定义标签）导出为一个 JSON 文件，可供其他文库合并</translation>
    </message>
    <message>
        <source>&amp;Merge Annotation Archive…</source>
        <translation>合并批注存档(&amp;M)…</translation>
    </message>
    <message>
        <source>Annotation archive written to %1</source>
        <translation>批注存档已写入 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export Notes to a Folder</source>
        <translation>将笔记导出到文件夹</translation>
    </message>
    <message>
        <source>Export Papers</source>
        <translation>导出论文</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>Select the papers to export first.</source>
        <translation>请先选择要导出的论文。</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>正在导出列表…</translation>
    </message>
    <message>
        <source>Export Annotation Archive</source>
        <translation>导出批注存档</translation>
    </message>
    <message>
        <source>Writing the annotation archive…</source>
        <translation>正在写入批注存档…</translation>
    </message>
    <message>
        <source>Merge Annotation Archive</source>
        <translation>合并批注存档</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>正在合并 %1…</translation>
    </message>
    <message>
        <source>Corrected &amp;Digests…</source>
        <translation>修改后的摘要(&amp;D)…</translation>
    </message>
    <message>
        <source>The digests of the selected papers (or of the whole library) with review corrections applied, in the format PaperShelf imports</source>
        <translation>所选论文（或整个文库）的摘要，已应用审校修改，采用 PaperShelf 可导入的格式</translation>
    </message>
    <message>
        <source>Export Corrected Digests to a Folder</source>
        <translation>将修改后的摘要导出到文件夹</translation>
    </message>
    <message>
        <source>Export Corrected Digests</source>
        <translation>导出修改后的摘要</translation>
    </message>
    <message>
        <source>Keep the machine text of segments flagged in review? Choose No to leave it out.</source>
        <translation>是否保留审校中被标记文段的机器译文？选择“否”则将其略去。</translation>
    </message>
    <message>
        <source>Exporting every digest…</source>
        <translation>正在导出全部摘要…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln paper(s) to %1</source>
        <translation>
            <numerusform>已将 %Ln 篇论文导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln corrected digest(s) to %1; corrections applied: %2</source>
        <translation>
            <numerusform>已将 %Ln 份修改后的摘要导出到 %1；已应用修改：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln paper(s)…</source>
        <translation>
            <numerusform>正在导出 %Ln 篇论文…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting the digests of %Ln paper(s)…</source>
        <translation>
            <numerusform>正在导出 %Ln 篇论文的摘要…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ExportController</name>
    <message>
        <source>&amp;BibTeX…</source>
        <translation>BibTeX(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;SL-JSON…</source>
        <translation>CSL-JSON(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;RIS…</source>
        <translation>RIS(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Obsidian Folder…</source>
        <translation>Obsidian 文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;CSV of the List…</source>
        <translation>列表的 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PaperShelf annotation archive (*.json)</source>
        <translation>PaperShelf 批注存档 (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Merging the archive failed: %1</source>
        <translation>合并存档失败：%1</translation>
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
    <message numerus="yes">
        <source>Figures: nothing to download (%Ln cached)</source>
        <translation>
            <numerusform>图片：无需下载（已缓存 %Ln 张）</numerusform>
        </translation>
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
    <message>
        <source>Stop downloading figures</source>
        <translation>停止下载图片</translation>
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
    <message>
        <source>Figures of this paper; press Enter to open one</source>
        <translation>本论文的图片；按 Enter 键打开</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln figure(s) cached</source>
        <translation>
            <numerusform>%Ln 张图片中已缓存 %1 张</numerusform>
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
    <message>
        <source>Figures of the papers in the list; press Enter to open one</source>
        <translation>列表中论文的图片；按 Enter 键打开</translation>
    </message>
    <message>
        <source>Show the paper of this figure in the list (Ctrl+Return)</source>
        <translation>在列表中显示此图片所属的论文（Ctrl+Return）</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::HighlightListDelegate</name>
    <message>
        <source>%1 · %2 · Orphaned</source>
        <translation>%1 · %2 · 已失效</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::HighlightListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Structured summary</source>
        <translation>结构化总结</translation>
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
        <source>%1 (orphaned): %2</source>
        <translation>%1（已失效）：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Orphaned: this passage is no longer in the paper's text. The paper was re-imported and its text changed; the highlight keeps the quote it was made on.</source>
        <translation>已失效：论文内容中已没有这段文字。论文重新导入后内容发生了变化；高亮仍保留创建时引用的原文。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::HighlightPalette</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Highlight colour %1</source>
        <translation>高亮颜色：%1</translation>
    </message>
    <message>
        <source>Highlight colour %1, meaning “%2”</source>
        <translation>高亮颜色：%1，含义为“%2”</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::HighlightsPanel</name>
    <message>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation>编辑备注…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>移除高亮</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Comment on the highlighted text:</source>
        <translation>对高亮文本的备注：</translation>
    </message>
    <message>
        <source>Rename Colour Meaning</source>
        <translation>重命名颜色含义</translation>
    </message>
    <message>
        <source>What does %1 mean? Leave it empty for the default.</source>
        <translation>%1 表示什么？留空则使用默认含义。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ImportActions</name>
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
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ImportController</name>
    <message>
        <source>the library is open read-only, so nothing can be imported</source>
        <translation>文库以只读方式打开，因此无法导入任何内容</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ImportProgressDialog</name>
    <message>
        <source>Importing Digests</source>
        <translation>正在导入摘要</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>正在更新搜索索引…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件，共 %2 个：%3</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ImportSummaryDialog</name>
    <message>
        <source>The import was cancelled; the files imported before stay.</source>
        <translation>导入已取消；此前已导入的文件将保留。</translation>
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
    <message>
        <source>%1, %2, %3.</source>
        <extracomment>The counts of an import: "3 paper(s) added", "1 updated", "0 unchanged".</extracomment>
        <translation>%1，%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s) added</source>
        <translation>
            <numerusform>新增 %Ln 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>更新 %Ln 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln 篇未变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) read, %1 digest(s), %2 paper entries, %3 screenshots.</source>
        <translation>
            <numerusform>已读取 %Ln 个文件，%1 份摘要，%2 个论文条目，%3 张截图。</numerusform>
        </translation>
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
    <name>PaperShelf::Gui::LibraryCheckDialog</name>
    <message>
        <source>&amp;Repair</source>
        <translation>修复(&amp;R)</translation>
    </message>
    <message>
        <source>Repair the problems that can be repaired</source>
        <translation>修复可以修复的问题</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>正在检查文库…</translation>
    </message>
    <message>
        <source>Repairing the library…</source>
        <translation>正在修复文库…</translation>
    </message>
    <message>
        <source>The library could not be checked: %1</source>
        <translation>无法检查文库：%1</translation>
    </message>
    <message>
        <source>No problems found: the library is healthy.</source>
        <translation>未发现问题：文库状态良好。</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %Ln problem(s); the library is healthy now.</source>
        <translation>
            <numerusform>已修复 %Ln 个问题；文库现已恢复正常。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %Ln problem(s); %1 could not be repaired.</source>
        <translation>
            <numerusform>已修复 %Ln 个问题；%1 个无法修复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln problem(s):</source>
        <translation>
            <numerusform>发现 %Ln 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — repaired</source>
        <translation>%1 — 已修复</translation>
    </message>
    <message>
        <source>%1 — cannot be repaired here</source>
        <translation>%1 — 无法在此修复</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::LibraryOpener</name>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>无法恢复该备份：%1</translation>
    </message>
    <message>
        <source>Library Restored</source>
        <translation>文库已恢复</translation>
    </message>
    <message>
        <source>The library %1 was restored from a backup.</source>
        <translation>文库 %1 已从备份恢复。</translation>
    </message>
    <message>
        <source>The library %1 was restored from a backup. The damaged file was kept as %2; it was not deleted.</source>
        <translation>文库 %1 已从备份恢复。损坏的文件保留为 %2，没有被删除。</translation>
    </message>
    <message>
        <source>The library cannot be opened:
%1</source>
        <translation>无法打开文库：
%1</translation>
    </message>
    <message>
        <source>PaperShelf</source>
        <translation>PaperShelf</translation>
    </message>
    <message>
        <source>Restoring the library from a backup…</source>
        <translation>正在从备份恢复文库…</translation>
    </message>
    <message>
        <source>Opening and checking the library %1…</source>
        <translation>正在打开并检查文库 %1…</translation>
    </message>
    <message>
        <source>Damaged Library</source>
        <translation>文库已损坏</translation>
    </message>
    <message>
        <source>The library %1 is damaged, so PaperShelf will not write to it.

SQLite reported: %2</source>
        <translation>文库 %1 已损坏，PaperShelf 不会写入它。

SQLite 报告：%2</translation>
    </message>
    <message>
        <source>No good backup was found in %1. The damaged file was left untouched.</source>
        <translation>在 %1 中没有找到完好的备份。损坏的文件保持原样。</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restoring it moves the damaged file aside (it is kept, never deleted) and puts the backup in its place.</source>
        <translation>最新的完好备份是 %1。恢复它会把损坏的文件移到一旁（保留，绝不删除），并用该备份代替它。</translation>
    </message>
    <message>
        <source>&amp;Restore Newest Good Backup</source>
        <translation>恢复最新的完好备份(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Library in Use</source>
        <translation>文库正在使用中</translation>
    </message>
    <message numerus="yes">
        <source>The library %1 is in use: another program is writing to it and did not finish within %Ln second(s).</source>
        <translation>
            <numerusform>文库 %1 正在使用中：另一个程序正在写入它，并且在 %Ln 秒内没有完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry when that program has finished, or open the library read-only for now.</source>
        <translation>请在该程序完成后重试，或者暂时以只读方式打开文库。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
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
    <message>
        <source>Previous figure (Left)</source>
        <translation>上一张图片（左方向键）</translation>
    </message>
    <message>
        <source>Next figure (Right)</source>
        <translation>下一张图片（右方向键）</translation>
    </message>
    <message>
        <source>Fit the figure to the window (F)</source>
        <translation>使图片适应窗口（F）</translation>
    </message>
    <message>
        <source>Show the figure at its actual size (1)</source>
        <translation>以实际大小显示图片（1）</translation>
    </message>
    <message>
        <source>Figure actions</source>
        <translation>图片操作</translation>
    </message>
    <message>
        <source>Figure image</source>
        <translation>图片内容</translation>
    </message>
    <message>
        <source>Drag to pan; the wheel or + and - zoom; Left and Right go to the previous or next figure</source>
        <translation>拖动以平移；滚轮或 + 和 - 键缩放；左、右方向键切换到上一张或下一张图片</translation>
    </message>
    <message>
        <source>Download this figure again</source>
        <translation>重新下载此图片</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A zoom factor, e.g. "125 %"</extracomment>
        <translation>%1%</translation>
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
    <message>
        <source>No paper matches the search “%1”.</source>
        <translation>没有与搜索“%1”匹配的论文。</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 篇</translation>
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
        <source>Demo Library</source>
        <translation>演示文库</translation>
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
    <message>
        <source>Import from URL…</source>
        <translation>从网址导入…</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Shelf “%1”</source>
        <translation>书架“%1”</translation>
    </message>
    <message>
        <source>PaperShelf</source>
        <translation>PaperShelf</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) could not be saved. Close anyway and lose them?</source>
        <translation>
            <numerusform>%Ln 项修改无法保存。仍要关闭并丢弃这些修改吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No paper matches the search “%1” together with the %Ln tag filter(s).</source>
        <translation>
            <numerusform>没有论文同时匹配搜索“%1”和 %Ln 个标签筛选条件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No paper passes the %Ln tag filter(s).</source>
        <translation>
            <numerusform>没有论文满足 %Ln 个标签筛选条件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s)</source>
        <translation>
            <numerusform>%Ln 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::MaintenanceActions</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Write a checked copy of the library to its backup folder</source>
        <translation>将经过检查的文库副本写入其备份文件夹</translation>
    </message>
    <message>
        <source>C&amp;heck Library…</source>
        <translation>检查文库(&amp;H)…</translation>
    </message>
    <message>
        <source>Look for damage and inconsistencies in the library, and repair them</source>
        <translation>查找文库中的损坏和不一致之处并加以修复</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>从备份恢复(&amp;K)…</translation>
    </message>
    <message>
        <source>Replace the library with one of its backups</source>
        <translation>用文库的某个备份替换文库</translation>
    </message>
    <message>
        <source>Open Backup Fo&amp;lder</source>
        <translation>打开备份文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Show the library's backups in the file manager</source>
        <translation>在文件管理器中显示文库的备份</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>正在备份文库…</translation>
    </message>
    <message>
        <source>The library could not be backed up:
%1</source>
        <translation>无法备份文库：
%1</translation>
    </message>
    <message>
        <source>Backed up the library to %1 (%2)</source>
        <translation>已将文库备份到 %1（%2）</translation>
    </message>
    <message>
        <source>The backup was written and checked, but: %1</source>
        <translation>备份已写入并通过检查，但：%1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Close PaperShelf and use “papershelf-cli restore” to restore this library.</source>
        <translation>请关闭 PaperShelf，然后使用“papershelf-cli restore”恢复此文库。</translation>
    </message>
    <message>
        <source>Replace the library %1 with the backup made %2?

The current file is kept beside it, not deleted. The window closes the library and opens the restored one.</source>
        <translation>要用 %2 创建的备份替换文库 %1 吗？

当前文件会保留在旁边，不会被删除。窗口将关闭文库并打开恢复后的文库。</translation>
    </message>
    <message>
        <source>There are no backups of this library yet (they go to %1).</source>
        <translation>此文库还没有备份（备份将保存到 %1）。</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be opened.</source>
        <translation>无法打开备份文件夹 %1。</translation>
    </message>
    <message>
        <source>⚠ Backup failed</source>
        <translation>⚠ 备份失败</translation>
    </message>
    <message>
        <source>The daily backup of the library failed: %1</source>
        <translation>文库的每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ManageTagsDialog</name>
    <message>
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>颜色 %1</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签必须有名称。</translation>
    </message>
    <message>
        <source>There already is a tag “%1”. Two tags cannot share a name; merge “%2” into “%1” instead?</source>
        <translation>已存在标签“%1”。两个标签不能同名；要改为将“%2”合并到“%1”吗？</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge “%1” into (its papers get that tag, and “%1” is deleted):</source>
        <translation>将“%1”合并到（其论文将获得该标签，“%1”将被删除）：</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No paper carries it.</source>
        <translation>要删除标签“%1”吗？没有论文带有此标签。</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is taken off the %Ln paper(s) that carry it.</source>
        <translation>
            <numerusform>要删除标签“%1”吗？带有此标签的 %Ln 篇论文将移除该标签。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::MergeTagsCommand</name>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>将标签“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>不存在标签“%1”。</translation>
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
    <message numerus="yes">
        <source>arXiv agrees with the digest for %Ln paper(s).</source>
        <translation>
            <numerusform>arXiv 与摘要对 %Ln 篇论文的描述一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied arXiv fields to %Ln paper(s)</source>
        <translation>
            <numerusform>已将 arXiv 字段应用到 %Ln 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::NotesEditor</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Your notes on this paper, in Markdown. They are saved as you type.</source>
        <translation>关于这篇论文的笔记，使用 Markdown 格式，输入时自动保存。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>笔记预览</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Your notes could not be saved: %1. They are kept here; retry when the problem is solved.</source>
        <translation>无法保存笔记：%1。笔记仍保留在此处；问题解决后请重试。</translation>
    </message>
    <message>
        <source>Notes: edit or preview</source>
        <translation>笔记：编辑或预览</translation>
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
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>有笔记</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln segment(s) of the Chinese text reviewed</source>
        <translation>
            <numerusform>中文内容共 %Ln 段，已审校 %1 段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReadOnlyBar</name>
    <message>
        <source>it was opened with --read-only</source>
        <translation>它是用 --read-only 打开的</translation>
    </message>
    <message>
        <source>the file %1 cannot be written</source>
        <translation>文件 %1 不可写</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written</source>
        <translation>它所在的文件夹 %1 不可写</translation>
    </message>
    <message>
        <source>another program is writing to it; reopen it when that program has finished</source>
        <translation>另一个程序正在写入它；请在该程序完成后重新打开</translation>
    </message>
    <message>
        <source>the file is damaged; restore a backup to work with it again</source>
        <translation>文件已损坏；请恢复备份后再继续使用</translation>
    </message>
    <message>
        <source>The library is open read-only: %1. Changes cannot be saved.</source>
        <translation>文库以只读方式打开：%1。无法保存更改。</translation>
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
        <translation>这份摘要未包含该论文的英文摘要。</translation>
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
        <translation>这份摘要未包含该论文的中文内容。</translation>
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
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Highlight with Comment…</source>
        <translation>高亮并添加备注…</translation>
    </message>
    <message>
        <source>Highlight with Comment</source>
        <translation>高亮并添加备注</translation>
    </message>
    <message>
        <source>Comment on the highlighted text:</source>
        <translation>对高亮文本的备注：</translation>
    </message>
    <message>
        <source>Highlight: %1</source>
        <translation>高亮：%1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::RemoveHighlightCommand</name>
    <message>
        <source>Remove Highlight</source>
        <translation>移除高亮</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::RemoveShelfCommand</name>
    <message>
        <source>Remove Shelf “%1”</source>
        <translation>移除书架“%1”</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::RemoveTagCommand</name>
    <message numerus="yes">
        <source>Untag %Ln Paper(s) “%1”</source>
        <translation>
            <numerusform>从 %Ln 篇论文移除标签“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::RenameColorMeaningCommand</name>
    <message>
        <source>Rename Highlight Colour</source>
        <translation>重命名高亮颜色含义</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::RenameShelfCommand</name>
    <message>
        <source>Rename Shelf “%1” to “%2”</source>
        <translation>将书架“%1”重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::RenameTagCommand</name>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>将标签“%1”重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::RestoreDialog</name>
    <message>
        <source>Made on request</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <source>Backups are kept in %1.</source>
        <translation>备份保存在 %1。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReviewCommand</name>
    <message>
        <source>Approve Segment</source>
        <translation>通过文段</translation>
    </message>
    <message>
        <source>Correct Segment</source>
        <translation>修改文段</translation>
    </message>
    <message>
        <source>Flag Segment</source>
        <translation>标记文段</translation>
    </message>
    <message>
        <source>Revert Segment to Machine Text</source>
        <translation>将文段恢复为机器译文</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReviewDock</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ℹ Info</source>
        <translation>ℹ 提示</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ 警告</translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation>✖ 错误</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审校</translation>
    </message>
    <message>
        <source>Review &amp;Mode</source>
        <translation>审校模式(&amp;M)</translation>
    </message>
    <message>
        <source>Loading the review queue…</source>
        <translation>正在加载审校队列…</translation>
    </message>
    <message>
        <source>&amp;Approve and Next</source>
        <translation>通过并转到下一条(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the segment (or store your correction) and show the next one</source>
        <translation>通过此文段（或保存你的修改），并显示下一条</translation>
    </message>
    <message>
        <source>&amp;Flag…</source>
        <translation>标记问题(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Revert to Machine Text</source>
        <translation>恢复为机器译文(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed</source>
        <translation>下一条未审校(&amp;U)</translation>
    </message>
    <message>
        <source>Next with &amp;Errors</source>
        <translation>下一条有错误的(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Previous Segment</source>
        <translation>上一条(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation>下一条(&amp;N)</translation>
    </message>
    <message>
        <source>Reviewer &amp;Name…</source>
        <translation>审校人署名(&amp;N)…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any check</source>
        <translation>任意检查项</translation>
    </message>
    <message>
        <source>Any findings or none</source>
        <translation>不限问题</translation>
    </message>
    <message>
        <source>Info or worse</source>
        <translation>提示及以上</translation>
    </message>
    <message>
        <source>Warning or worse</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Digest date (YYYY-MM-DD)</source>
        <translation>摘要日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Own tag</source>
        <translation>自定义标签</translation>
    </message>
    <message>
        <source>English source</source>
        <translation>英文原文</translation>
    </message>
    <message>
        <source>Machine Chinese</source>
        <translation>机器译文</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>你的文本</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>审校(&amp;V)</translation>
    </message>
    <message>
        <source>Checking the Chinese text: %1 of %2 segments</source>
        <translation>正在检查中文内容：第 %1 段，共 %2 段</translation>
    </message>
    <message>
        <source>Checking the Chinese text failed: %1</source>
        <translation>检查中文内容失败：%1</translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation>无法读取审校队列：%1</translation>
    </message>
    <message>
        <source>No segment matches these filters.</source>
        <translation>没有符合这些筛选条件的文段。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>术语表：%1</translation>
    </message>
    <message>
        <source>%1 — correction (machine text in its tooltip)</source>
        <translation>%1 — 修改后的文本（机器译文见提示）</translation>
    </message>
    <message>
        <source>%1 — machine Chinese</source>
        <translation>%1 — 机器译文</translation>
    </message>
    <message>
        <source>%1 · %2 «%3»: %4</source>
        <translation>%1 · %2「%3」：%4</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Reviewed with open warnings: the checks still object to this text.</source>
        <translation>已审校但仍有未解决的警告：自动检查仍对此文本提出问题。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The machine text changed on a re-import since it was reviewed.</source>
        <translation>审校之后重新导入时，机器译文已发生变化。</translation>
    </message>
    <message>
        <source>The paper's current digest no longer has this segment.</source>
        <translation>该论文当前的摘要中已没有此文段。</translation>
    </message>
    <message>
        <source>Flag Segment</source>
        <translation>标记文段</translation>
    </message>
    <message>
        <source>Why does this segment need another look?</source>
        <translation>这一文段为什么需要再看一遍？</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>审校人署名</translation>
    </message>
    <message>
        <source>Name recorded with your review actions:</source>
        <translation>审校操作记录的署名：</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>审校状态筛选</translation>
    </message>
    <message>
        <source>Check filter</source>
        <translation>检查项筛选</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>严重程度筛选</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>主题筛选</translation>
    </message>
    <message>
        <source>Digest date filter</source>
        <translation>摘要日期筛选</translation>
    </message>
    <message>
        <source>Own tag filter</source>
        <translation>自定义标签筛选</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审校队列</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>审校进度</translation>
    </message>
    <message>
        <source>Check findings</source>
        <translation>检查发现的问题</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln segment(s) of Chinese text</source>
        <translation>
            <numerusform>已检查 %Ln 段中文内容</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>已审校 %1 / %2</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReviewQueueModel</name>
    <message>
        <source>Paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>文段</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Key takeaway %1</source>
        <translation>要点 %1</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
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
        <source>Structured summary</source>
        <translation>结构化总结</translation>
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
        <source>○ Unreviewed</source>
        <translation>○ 未审校</translation>
    </message>
    <message>
        <source>✓ Approved, open warnings</source>
        <translation>✓ 已通过，仍有警告</translation>
    </message>
    <message>
        <source>✓ Approved</source>
        <translation>✓ 已通过</translation>
    </message>
    <message>
        <source>✎ Corrected, open warnings</source>
        <translation>✎ 已修改，仍有警告</translation>
    </message>
    <message>
        <source>✎ Corrected</source>
        <translation>✎ 已修改</translation>
    </message>
    <message>
        <source>⚑ Flagged</source>
        <translation>⚑ 已标记</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln finding(s)</source>
        <translation>
            <numerusform>%1 %Ln 处问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::SaveShelfCommand</name>
    <message>
        <source>Save Shelf “%1”</source>
        <translation>保存书架“%1”</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::SearchLineEdit</name>
    <message>
        <source>Search titles, abstracts, 中文摘要… (Ctrl+F)</source>
        <translation>搜索标题、英文摘要、中文摘要… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::SetTagColorCommand</name>
    <message>
        <source>Colour Tag “%1”</source>
        <translation>设置标签“%1”的颜色</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ShelfController</name>
    <message>
        <source>Rename Shelf</source>
        <translation>重命名书架</translation>
    </message>
    <message>
        <source>New name of the shelf “%1”:</source>
        <translation>书架“%1”的新名称：</translation>
    </message>
    <message>
        <source>Save Search as &amp;Shelf…</source>
        <translation>将搜索保存为书架(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Search as Shelf</source>
        <translation>将搜索保存为书架</translation>
    </message>
    <message>
        <source>Name of the new shelf:</source>
        <translation>新书架的名称：</translation>
    </message>
    <message>
        <source>There is already a shelf called “%1”. Choose another name.</source>
        <translation>已有名为“%1”的书架，请换一个名称。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ShelfPanel</name>
    <message>
        <source>Shel&amp;ves</source>
        <translation>书架(&amp;V)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>保存搜索…</translation>
    </message>
    <message>
        <source>Save the current search, tag filters and sort as a shelf</source>
        <translation>将当前的搜索、标签筛选和排序保存为书架</translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation>书架</translation>
    </message>
    <message>
        <source>Built-in shelf</source>
        <translation>内置书架</translation>
    </message>
    <message>
        <source>Saved search; right-click to rename or remove</source>
        <translation>已保存的搜索；右键单击可重命名或移除</translation>
    </message>
    <message>
        <source>&amp;Rename Shelf…</source>
        <translation>重命名书架(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move Shelf</source>
        <translation>移除书架(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1，当前打开</translation>
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
        <source>%Ln tag(s) in the current results</source>
        <translation>
            <numerusform>当前结果中有 %Ln 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln tag(s)</source>
        <translation>
            <numerusform>%1，%Ln 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln paper(s) in the current results</source>
        <translation>
            <numerusform>%1：当前结果中有 %Ln 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln paper(s), %2</source>
        <translation>
            <numerusform>%1，%Ln 篇论文，%2</numerusform>
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
    <name>PaperShelf::Gui::WindowHost</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The library is open read-only, so it cannot be replaced by a backup. Open it with write access to restore it.</source>
        <translation>文库以只读方式打开，因此不能用备份替换。请以可写方式打开文库后再恢复。</translation>
    </message>
    <message>
        <source>Restoring the library from the backup…</source>
        <translation>正在从备份恢复文库…</translation>
    </message>
    <message>
        <source>The library was not restored: %1</source>
        <translation>文库未恢复：%1</translation>
    </message>
    <message>
        <source>The backup was put in place, but the library cannot be opened: %1

The replaced library file was kept as %2.</source>
        <translation>备份已放回原处，但无法打开文库：%1

被替换的文库文件已保留为 %2。</translation>
    </message>
    <message>
        <source>The library was restored from the backup.</source>
        <translation>已从备份恢复文库。</translation>
    </message>
    <message>
        <source>The library was restored from the backup. The replaced library file was kept as %1.</source>
        <translation>已从备份恢复文库。被替换的文库文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Another library is being opened. Try again once it is open or cancelled.</source>
        <translation>正在打开另一个文库。请在它打开或被取消后再试。</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::WriteErrorBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Give up the edits that could not be saved</source>
        <translation>放弃无法保存的修改</translation>
    </message>
    <message numerus="yes">
        <source>“%1” could not be saved: %2. The edit is kept (%Ln edit(s) waiting); retry when the problem is solved.</source>
        <translation>
            <numerusform>无法保存“%1”：%2。修改已保留（%Ln 项修改待保存）；问题解决后请重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Net::ArxivClient</name>
    <message>
        <source>not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>the paper has no arXiv id</source>
        <translation>该论文没有 arXiv ID</translation>
    </message>
    <message>
        <source>not found on arXiv</source>
        <translation>在 arXiv 上未找到</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Net::DigestFetcher</name>
    <message>
        <source>the server sent an HTML page, not a Markdown digest</source>
        <translation>服务器返回的是 HTML 网页，而不是 Markdown 摘要</translation>
    </message>
    <message>
        <source>the server sent an empty body</source>
        <translation>服务器返回的内容为空</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Net::Download</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒内未收到完整响应</translation>
    </message>
    <message>
        <source>not an http(s) URL</source>
        <translation>不是 http(s) 网址</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>larger than the limit of %1 bytes</source>
        <translation>超过 %1 字节的上限</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒内没有收到数据</translation>
    </message>
</context>
<context>
    <name>PaperShelf::Net::ImageFetcher</name>
    <message>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>redirect refused: %1 to %2</source>
        <translation>已拒绝重定向：从 %1 到 %2</translation>
    </message>
    <message>
        <source>file too large: %1 bytes (limit %2)</source>
        <translation>文件过大：%1 字节（上限 %2 字节）</translation>
    </message>
    <message>
        <source>deadline exceeded: not complete after %1 ms</source>
        <translation>超出时限：%1 毫秒后仍未完成</translation>
    </message>
    <message>
        <source>file too large: over %1 bytes</source>
        <translation>文件过大：超过 %1 字节</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>timed out: no data for %1 ms</source>
        <translation>超时：%1 毫秒内没有收到数据</translation>
    </message>
    <message numerus="yes">
        <source>redirect chain failed after %n redirect(s)</source>
        <translation>
            <numerusform>经过 %n 次重定向后失败</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1: no image</source>
        <translation>HTTP %1：不是图片</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1（已尝试 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Net::PdfFetcher</name>
    <message>
        <source>downloaded, but the library was not updated: %1</source>
        <translation>已下载，但未能更新文库：%1</translation>
    </message>
    <message>
        <source>no PDF link</source>
        <translation>没有 PDF 链接</translation>
    </message>
    <message>
        <source>not a PDF (the file does not start with %PDF-)</source>
        <translation>不是 PDF（文件开头不是 %PDF-）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The interface changes at once; no restart is needed.</source>
        <translation>界面会立即切换，无需重新启动。</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>审校人姓名(&amp;R)：</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>审校人姓名</translation>
    </message>
    <message>
        <source>Recorded with every review action (approve, correct, flag, revert).</source>
        <translation>每次审校操作（通过、修改、标记、撤销）都会记录此姓名。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current library file is not deleted: it is kept beside the library under a “-replaced-” name. The window closes the library while the backup is put in place and opens it again afterwards.</source>
        <translation>请选择要恢复的备份。当前文库文件不会被删除：它会以带“-replaced-”的名称保留在文库旁边。放入备份期间窗口会关闭文库，之后再重新打开。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
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
        <source>Open the library read-only (also with $PAPERSHELF_READ_ONLY=1).</source>
        <translation>以只读方式打开文库（也可设置 $PAPERSHELF_READ_ONLY=1）。</translation>
    </message>
</context>
</TS>
