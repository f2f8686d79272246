<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PaperShelf::Core::LibraryCheck</name>
    <message numerus="yes">
        <source>%n digest appearance(s) whose paper or digest is gone</source>
        <translation>
            <numerusform>%n digest appearance whose paper or digest is gone</numerusform>
            <numerusform>%n digest appearances whose paper or digest is gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) pointing at a digest appearance that is gone</source>
        <translation>
            <numerusform>%n paper pointing at a digest appearance that is gone</numerusform>
            <numerusform>%n papers pointing at a digest appearance that is gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag link(s) whose paper or tag is gone</source>
        <translation>
            <numerusform>%n tag link whose paper or tag is gone</numerusform>
            <numerusform>%n tag links whose paper or tag is gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot, arXiv, PDF or search-queue row(s) whose paper is gone</source>
        <translation>
            <numerusform>%n screenshot, arXiv, PDF or search-queue row whose paper is gone</numerusform>
            <numerusform>%n screenshot, arXiv, PDF or search-queue rows whose paper is gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review segment(s) whose paper is gone</source>
        <translation>
            <numerusform>%n review segment whose paper is gone</numerusform>
            <numerusform>%n review segments whose paper is gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review history or finding row(s) whose segment is gone</source>
        <translation>
            <numerusform>%n review history or finding row whose segment is gone</numerusform>
            <numerusform>%n review history or finding rows whose segment is gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note or highlight row(s) of papers no longer in the library (the backups keep them)</source>
        <translation>
            <numerusform>%n note or highlight row of papers no longer in the library (the backups keep them)</numerusform>
            <numerusform>%n note or highlight rows of papers no longer in the library (the backups keep them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic or keyword tag(s) with no papers</source>
        <translation>
            <numerusform>%n topic or keyword tag with no papers</numerusform>
            <numerusform>%n topic or keyword tags with no papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) with a wrong paper count</source>
        <translation>
            <numerusform>%n tag with a wrong paper count</numerusform>
            <numerusform>%n tags with a wrong paper count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is damaged (%n problem(s) reported by SQLite; restore a backup): %1</source>
        <translation>
            <numerusform>The file is damaged (%n problem reported by SQLite; restore a backup): %1</numerusform>
            <numerusform>The file is damaged (%n problems reported by SQLite; restore a backup): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) marked as downloaded whose cached file is missing</source>
        <translation>
            <numerusform>%n screenshot marked as downloaded whose cached file is missing</numerusform>
            <numerusform>%n screenshots marked as downloaded whose cached file is missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) marked as downloaded whose cached file is missing</source>
        <translation>
            <numerusform>%n PDF marked as downloaded whose cached file is missing</numerusform>
            <numerusform>%n PDFs marked as downloaded whose cached file is missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) referring to rows that are gone (in %1)</source>
        <translation>
            <numerusform>%n row referring to rows that are gone (in %1)</numerusform>
            <numerusform>%n rows referring to rows that are gone (in %1)</numerusform>
        </translation>
    </message>
</context>
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
            <numerusform>Exported %Ln corrected digest to %1; corrections applied: %2</numerusform>
            <numerusform>Exported %Ln corrected digests to %1; corrections applied: %2</numerusform>
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
    <name>PaperShelf::Gui::LibraryCheckDialog</name>
    <message numerus="yes">
        <source>Repaired %Ln problem(s); the library is healthy now.</source>
        <translation>
            <numerusform>Repaired %Ln problem; the library is healthy now.</numerusform>
            <numerusform>Repaired %Ln problems; the library is healthy now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %Ln problem(s); %1 could not be repaired.</source>
        <translation>
            <numerusform>Repaired %Ln problem; %1 could not be repaired.</numerusform>
            <numerusform>Repaired %Ln problems; %1 could not be repaired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln problem(s):</source>
        <translation>
            <numerusform>Found %Ln problem:</numerusform>
            <numerusform>Found %Ln problems:</numerusform>
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
            <numerusform>No paper matches the search “%1” together with the %Ln tag filter.</numerusform>
            <numerusform>No paper matches the search “%1” together with the %Ln tag filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No paper passes the %Ln tag filter(s).</source>
        <translation>
            <numerusform>No paper passes the %Ln tag filter.</numerusform>
            <numerusform>No paper passes the %Ln tag filters.</numerusform>
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
