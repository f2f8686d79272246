#pragma once

#include "core/db/records.h"
#include "core/search/searchhighlighter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace PaperShelf::Gui {

/// Builds the reader's three HTML documents (header, English, Chinese) for one
/// paper.
///
/// All digest text is untrusted. Every piece of it is escaped with
/// QString::toHtmlEscaped() before it meets markup; the only markup in the
/// output is what this class writes itself, and the only anchors point at URLs
/// that isSafeLink() accepts, written fully percent-encoded. Search matches
/// (from Core::SearchHighlighter) are marked with a background colour and bold
/// type, so they do not depend on colour alone.
///
/// The text of each highlightable field (Core::TextFields) is written with its
/// white space preserved and preceded by a named anchor (segmentMarker()), so
/// that every UTF-16 unit of the field but '\r' is one document position; a
/// '\n' becomes a line break, or the boundary between two list items. The
/// reader maps selections and highlights through these markers
/// (ReaderFieldMap).
class ReaderHtmlBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::ReaderHtmlBuilder)

public:
    /// `searchText` is the search box text; its positive terms are highlighted.
    /// `locale` formats the dates. `paper` must outlive the builder.
    ReaderHtmlBuilder(const Core::PaperDetails &paper, const QString &searchText, const QLocale &locale);

    /// Titles, authors, appearances, arXiv id and the links.
    QString headerHtml() const;
    /// The abstract and the arXiv comment.
    QString englishHtml() const;
    /// One-line summary, key takeaways and the structured summary.
    QString chineseHtml() const;

    /// True for an absolute http or https URL with a host: the only links the
    /// reader shows as anchors or opens.
    static bool isSafeLink(const QUrl &url);
    /// `text` parsed strictly; an invalid QUrl unless isSafeLink() accepts it.
    static QUrl safeLink(const QString &text);
    /// The abstract page of `arxivId` on arxiv.org; invalid when the id is empty.
    static QUrl arxivAbstractUrl(const QString &arxivId);
    /// `text` escaped for HTML, line breaks as `<br>`.
    static QString escaped(QStringView text);

    /// The anchor name that marks where `length` units of `field`'s text,
    /// starting at `start`, begin in the document.
    static QString segmentMarker(const QString &field, qsizetype start, qsizetype length);
    /// A segment parsed from segmentMarker() output; false for any other name.
    static bool parseSegmentMarker(const QString &name, QString *field, qsizetype *start, qsizetype *length);

private:
    QString highlighted(QStringView text) const;
    /// `text`, which is `field`'s text from `start` on, highlighted and marked.
    QString segment(const QString &field, qsizetype start, QStringView text) const;
    QString anchor(const QUrl &url, const QString &label) const;
    QString linksHtml() const;

    const Core::PaperDetails &m_paper;
    Core::SearchHighlighter m_highlighter;
    QLocale m_locale;
};

} // namespace PaperShelf::Gui
