package dev.courseportal.web.instructor;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.cohort.boundary.RosterImport;
import dev.courseportal.domain.cohort.control.RosterCsv;
import dev.courseportal.domain.cohort.control.RosterFileException;
import dev.courseportal.web.admin.AdminTexts;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * The roster upload of a cohort's page: the file is read once, previewed line by line, and only
 * applied when the instructor confirms. The domain reads the same bytes again on apply.
 */
@Named
@ViewScoped
public class RosterUploadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RosterImport roster;

    @Inject
    CurrentCaller caller;

    @Inject
    CohortView cohort;

    private transient Part upload;
    private byte[] content;
    private String fileName;
    private RosterImport.Outcome preview;
    private RosterImport.Outcome applied;

    public void preview() {
        preview = null;
        applied = null;
        content = null;
        if (upload == null || upload.getSize() == 0) {
            AdminTexts.error("roster.file.missing");
            return;
        }
        if (upload.getSize() > RosterCsv.MAX_BYTES) {
            AdminTexts.error("refused.roster.file.tooLarge", RosterCsv.MAX_BYTES / 1000);
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] bytes = in.readNBytes(RosterCsv.MAX_BYTES + 1);
            preview = roster.preview(caller.get(), cohort.getId(), bytes);
            content = bytes;
            fileName = upload.getSubmittedFileName();
        } catch (RosterFileException e) {
            AdminTexts.error("refused." + e.messageKey(), e.args().toArray());
        } catch (AccessDeniedException e) {
            AdminTexts.denied(e);
        } catch (IOException e) {
            AdminTexts.error("roster.file.unreadable");
        }
    }

    public void apply() {
        if (content == null) {
            AdminTexts.error("roster.file.missing");
            return;
        }
        try {
            applied = roster.apply(caller.get(), cohort.getId(), content);
            AdminTexts.info("roster.applied", applied.count(RosterImport.Verdict.ADD),
                    applied.count(RosterImport.Verdict.ALREADY_MEMBER), applied.rejected().size());
            preview = null;
            content = null;
            cohort.refresh();
        } catch (RosterFileException e) {
            AdminTexts.error("refused." + e.messageKey(), e.args().toArray());
        } catch (AccessDeniedException e) {
            AdminTexts.denied(e);
        }
    }

    public void cancel() {
        preview = null;
        content = null;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public RosterImport.Outcome getPreview() {
        return preview;
    }

    public RosterImport.Outcome getApplied() {
        return applied;
    }

    public String getFileName() {
        return fileName;
    }

    public long count(String verdict) {
        RosterImport.Outcome shown = preview != null ? preview : applied;
        return shown == null ? 0 : shown.count(RosterImport.Verdict.valueOf(verdict));
    }
}
