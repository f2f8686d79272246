<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>PaperShelf::Gui::MainWindow</name>
    <message>
        <source>PaperShelf — %1</source>
        <translation>PaperShelf — %1</translation>
    </message>
    <message>
        <source>PaperShelf</source>
        <translation>PaperShelf</translation>
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
