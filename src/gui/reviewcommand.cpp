#include "gui/reviewcommand.h"

#include "core/review/reviewcheckrunner.h"
#include "gui/annotationclient.h"
#include "gui/annotationcontroller.h"

namespace PaperShelf::Gui {

namespace {

using Core::Result;
using Core::ReviewSegment;

QString commandText(ReviewCommand::Action action)
{
    switch (action) {
    case ReviewCommand::Action::Approve:
        return ReviewCommand::tr("Approve Segment");
    case ReviewCommand::Action::Correct:
        return ReviewCommand::tr("Correct Segment");
    case ReviewCommand::Action::Flag:
        return ReviewCommand::tr("Flag Segment");
    case ReviewCommand::Action::Revert:
        return ReviewCommand::tr("Revert Segment to Machine Text");
    }
    return {};
}

} // namespace

ReviewCommand::ReviewCommand(AnnotationController *controller,
                             const Request &request,
                             QObject *context,
                             Applied applied)
    : QUndoCommand(commandText(request.action))
    , m_controller(controller)
    , m_request(request)
    , m_context(context)
    , m_applied(std::move(applied))
    , m_before(std::make_shared<std::optional<Core::ReviewSnapshot>>())
{
}

void ReviewCommand::redo()
{
    submit(
        [request = m_request, before = m_before](Core::ReviewStore &store) -> Result<ReviewSegment> {
            if (!before->has_value()) {
                Result<ReviewSegment> current = store.segment(request.segmentId);
                if (!current) {
                    return current.error();
                }
                *before = Core::ReviewStore::snapshot(*current);
            }
            switch (request.action) {
            case Action::Approve:
                return store.approve(request.segmentId, request.reviewer);
            case Action::Correct:
                return store.correct(request.segmentId, request.text, request.reviewer);
            case Action::Flag:
                return store.flag(request.segmentId, request.text, request.reviewer);
            case Action::Revert:
                return store.revert(request.segmentId, request.reviewer);
            }
            return store.segment(request.segmentId);
        },
        false);
}

void ReviewCommand::undo()
{
    submit(
        [request = m_request, before = m_before](Core::ReviewStore &store) -> Result<ReviewSegment> {
            if (!before->has_value()) {
                return store.segment(request.segmentId); // the redo itself failed: nothing to take back
            }
            return store.restore(request.segmentId, **before, request.reviewer);
        },
        true);
}

void ReviewCommand::submit(std::function<Result<ReviewSegment>(Core::ReviewStore &)> change, bool undone)
{
    // The job fills `after`; the success handler (GUI thread, after the commit) hands it on.
    auto after = std::make_shared<ReviewSegment>();
    m_controller->client()->write(
        text(),
        [change = std::move(change), after, id = m_request.segmentId](AnnotationSession &session) -> Result<void> {
            Core::ReviewStore store(session.connection());
            Result<ReviewSegment> changed = change(store);
            if (!changed) {
                return changed.error();
            }
            // The effective text may differ now: its findings must describe it.
            if (Result<void> checked = store.recheck({id}, Core::ReviewCheckRunner::checkerFor(session.connection()));
                !checked) {
                return checked;
            }
            Result<ReviewSegment> reread = store.segment(id);
            if (!reread) {
                return reread.error();
            }
            *after = *reread;
            return {};
        },
        [context = m_context, applied = m_applied, after, undone]() {
        if (context && applied) {
            applied(*after, undone);
        }
        });
}

} // namespace PaperShelf::Gui
