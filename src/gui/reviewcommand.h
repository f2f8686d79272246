#pragma once

#include "core/review/reviewstore.h"
#include "core/review/reviewtypes.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace PaperShelf::Gui {

class AnnotationController;

/// One review action on one segment (approve, correct, flag, revert) as an undo
/// command on the annotation controller's stack. Like the annotation commands,
/// redo() and undo() submit a job to the AnnotationClient and return at once;
/// the first redo job records the segment's state before (a ReviewSnapshot),
/// which undo puts back with ReviewStore::restore(). After each job the segment
/// is rechecked (its effective text may have changed) and read back, and
/// `applied` gets it on the GUI thread unless `context` is gone.
class ReviewCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::ReviewCommand)

public:
    enum class Action {
        Approve,
        Correct,
        Flag,
        Revert,
    };

    /// What the view needs after a job: the segment as stored, and whether the
    /// job was an undo (the view then goes back to that segment).
    using Applied = std::function<void(const Core::ReviewSegment &segment, bool undone)>;

    struct Request
    {
        Action action = Action::Approve;
        qint64 segmentId = 0;
        QString text; ///< the correction (Correct) or the reason (Flag)
        QString reviewer;
    };

    ReviewCommand(AnnotationController *controller, const Request &request, QObject *context, Applied applied);

    void redo() override;
    void undo() override;

private:
    void submit(std::function<Core::Result<Core::ReviewSegment>(Core::ReviewStore &)> change, bool undone);

    AnnotationController *m_controller;
    Request m_request;
    QPointer<QObject> m_context;
    Applied m_applied;
    std::shared_ptr<std::optional<Core::ReviewSnapshot>> m_before; ///< filled by the first redo job
};

} // namespace PaperShelf::Gui
