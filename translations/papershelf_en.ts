<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PaperShelf::Gui::AddTagCommand</name>
    <message numerus="yes">
        <source>Tag %Ln Paper(s) “%1”</source>
        <translation>
            <numerusform>Tag %Ln Paper “%1”</numerusform>
            <numerusform>Tag %Ln Papers “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AddTagDialog</name>
    <message numerus="yes">
        <source>Add Tag to %Ln Papers</source>
        <translation>
            <numerusform>Add Tag to %Ln Papers</numerusform>
            <numerusform>Add Tag to %Ln Papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Tag from %Ln Papers</source>
        <translation>
            <numerusform>Remove Tag from %Ln Papers</numerusform>
            <numerusform>Remove Tag from %Ln Papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AnnotationCommand</name>
    <message numerus="yes">
        <source>Set Status of %Ln Paper(s)</source>
        <translation>
            <numerusform>Set Status of %Ln Paper</numerusform>
            <numerusform>Set Status of %Ln Papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %Ln Paper(s) %1</source>
        <translation>
            <numerusform>Rate %Ln Paper %1</numerusform>
            <numerusform>Rate %Ln Papers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Paper(s) to Favourites</source>
        <translation>
            <numerusform>Add %Ln Paper to Favourites</numerusform>
            <numerusform>Add %Ln Papers to Favourites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln Paper(s) from Favourites</source>
        <translation>
            <numerusform>Remove %Ln Paper from Favourites</numerusform>
            <numerusform>Remove %Ln Papers from Favourites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AnnotationController</name>
    <message numerus="yes">
        <source>%Ln Star(s)</source>
        <translation>
            <numerusform>%Ln Star</numerusform>
            <numerusform>%Ln Stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::AnnotationPanel</name>
    <message numerus="yes">
        <source>%Ln Star(s)</source>
        <translation>
            <numerusform>%Ln Star</numerusform>
            <numerusform>%Ln Stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ArchiveMergeDialog</name>
    <message numerus="yes">
        <source>Merged %Ln paper(s): %1 annotation(s) taken, %2 highlight(s) added, %3 updated, %4 tag link(s) added.</source>
        <translation>
            <numerusform>Merged %Ln paper: %1 annotation(s) taken, %2 highlight(s) added, %3 updated, %4 tag link(s) added.</numerusform>
            <numerusform>Merged %Ln papers: %1 annotation(s) taken, %2 highlight(s) added, %3 updated, %4 tag link(s) added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ArxivDifferencesDialog</name>
    <message numerus="yes">
        <source>arXiv describes %Ln paper(s) differently from the digest. Nothing changes unless you tick a field and press Apply.</source>
        <translation>
            <numerusform>arXiv describes %Ln paper differently from the digest. Nothing changes unless you tick a field and press Apply.</numerusform>
            <numerusform>arXiv describes %Ln papers differently from the digest. Nothing changes unless you tick a field and press Apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ExportActions</name>
    <message numerus="yes">
        <source>Exported %Ln paper(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln paper to %1</numerusform>
            <numerusform>Exported %Ln papers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln corrected digest(s) to %1; corrections applied: %2</source>
        <translation>
            <numerusform>Exported %Ln corrected digest(s) to %1; corrections applied: %2</numerusform>
            <numerusform>Exported %Ln corrected digest(s) to %1; corrections applied: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln paper(s)…</source>
        <translation>
            <numerusform>Exporting %Ln paper…</numerusform>
            <numerusform>Exporting %Ln papers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting the digests of %Ln paper(s)…</source>
        <translation>
            <numerusform>Exporting the digests of %Ln paper…</numerusform>
            <numerusform>Exporting the digests of %Ln papers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::FigureDownloadController</name>
    <message numerus="yes">
        <source>Figures: nothing to download (%Ln cached)</source>
        <translation>
            <numerusform>Figures: nothing to download (%Ln cached)</numerusform>
            <numerusform>Figures: nothing to download (%Ln cached)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::FigureStrip</name>
    <message numerus="yes">
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln figure</numerusform>
            <numerusform>%Ln figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln figure(s) cached</source>
        <translation>
            <numerusform>%1 of %Ln figure cached</numerusform>
            <numerusform>%1 of %Ln figures cached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%Ln paper(s) added</source>
        <translation>
            <numerusform>%Ln paper added</numerusform>
            <numerusform>%Ln papers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) read, %1 digest(s), %2 paper entries, %3 screenshots.</source>
        <translation>
            <numerusform>%Ln file read, %1 digest(s), %2 paper entries, %3 screenshots.</numerusform>
            <numerusform>%Ln files read, %1 digest(s), %2 paper entries, %3 screenshots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::LibraryOpener</name>
    <message numerus="yes">
        <source>The library %1 is in use: another program is writing to it and did not finish within %Ln second(s).</source>
        <translation>
            <numerusform>The library %1 is in use: another program is writing to it and did not finish within %Ln second.</numerusform>
            <numerusform>The library %1 is in use: another program is writing to it and did not finish within %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln edit(s) could not be saved. Close anyway and lose them?</source>
        <translation>
            <numerusform>%Ln edit could not be saved. Close anyway and lose them?</numerusform>
            <numerusform>%Ln edits could not be saved. Close anyway and lose them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No paper matches the search “%1” together with the %Ln tag filter(s).</source>
        <translation>
            <numerusform>No paper matches the search “%1” together with the %Ln tag filter(s).</numerusform>
            <numerusform>No paper matches the search “%1” together with the %Ln tag filter(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No paper passes the %Ln tag filter(s).</source>
        <translation>
            <numerusform>No paper passes the %Ln tag filter(s).</numerusform>
            <numerusform>No paper passes the %Ln tag filter(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s)</source>
        <translation>
            <numerusform>%Ln paper</numerusform>
            <numerusform>%Ln papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ManageTagsDialog</name>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is taken off the %Ln paper(s) that carry it.</source>
        <translation>
            <numerusform>Delete the tag “%1”? It is taken off the %Ln paper that carry it.</numerusform>
            <numerusform>Delete the tag “%1”? It is taken off the %Ln papers that carry it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::NetworkActions</name>
    <message numerus="yes">
        <source>arXiv agrees with the digest for %Ln paper(s).</source>
        <translation>
            <numerusform>arXiv agrees with the digest for %Ln paper.</numerusform>
            <numerusform>arXiv agrees with the digest for %Ln papers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied arXiv fields to %Ln paper(s)</source>
        <translation>
            <numerusform>Applied arXiv fields to %Ln paper</numerusform>
            <numerusform>Applied arXiv fields to %Ln papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::PaperTableModel</name>
    <message numerus="yes">
        <source>%1 of %Ln segment(s) of the Chinese text reviewed</source>
        <translation>
            <numerusform>%1 of %Ln segment of the Chinese text reviewed</numerusform>
            <numerusform>%1 of %Ln segments of the Chinese text reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::RemoveTagCommand</name>
    <message numerus="yes">
        <source>Untag %Ln Paper(s) “%1”</source>
        <translation>
            <numerusform>Untag %Ln Paper “%1”</numerusform>
            <numerusform>Untag %Ln Papers “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReviewDock</name>
    <message numerus="yes">
        <source>Checked %Ln segment(s) of Chinese text</source>
        <translation>
            <numerusform>Checked %Ln segment of Chinese text</numerusform>
            <numerusform>Checked %Ln segments of Chinese text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::ReviewQueueModel</name>
    <message numerus="yes">
        <source>%1 %Ln finding(s)</source>
        <translation>
            <numerusform>%1 %Ln finding</numerusform>
            <numerusform>%1 %Ln findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::TagFilterModel</name>
    <message numerus="yes">
        <source>%Ln tag(s) in the current results</source>
        <translation>
            <numerusform>%Ln tag in the current results</numerusform>
            <numerusform>%Ln tags in the current results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln tag(s)</source>
        <translation>
            <numerusform>%1, %Ln tag</numerusform>
            <numerusform>%1, %Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln paper(s) in the current results</source>
        <translation>
            <numerusform>%1: %Ln paper in the current results</numerusform>
            <numerusform>%1: %Ln papers in the current results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln paper(s), %2</source>
        <translation>
            <numerusform>%1, %Ln paper, %2</numerusform>
            <numerusform>%1, %Ln papers, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Gui::WriteErrorBar</name>
    <message numerus="yes">
        <source>“%1” could not be saved: %2. The edit is kept (%Ln edit(s) waiting); retry when the problem is solved.</source>
        <translation>
            <numerusform>“%1” could not be saved: %2. The edit is kept (%Ln edit waiting); retry when the problem is solved.</numerusform>
            <numerusform>“%1” could not be saved: %2. The edit is kept (%Ln edits waiting); retry when the problem is solved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperShelf::Net::ImageFetcher</name>
    <message numerus="yes">
        <source>redirect chain failed after %n redirect(s)</source>
        <translation>
            <numerusform>redirect chain failed after %n redirect</numerusform>
            <numerusform>redirect chain failed after %n redirects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
</context>
</TS>
