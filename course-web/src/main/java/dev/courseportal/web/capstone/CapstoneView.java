package dev.courseportal.web.capstone;

import dev.courseportal.domain.capstone.CapstoneService;
import dev.courseportal.domain.capstone.CapstoneSubmission;
import dev.courseportal.web.learner.CurrentLearner;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;

/** The learner's capstone page: submit a design for review and see the reviews of earlier ones. */
@Named
@RequestScoped
public class CapstoneView {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @EJB
    CapstoneService capstone;

    @Inject
    CurrentLearner learner;

    private String title;
    private String designUrl;
    private String summary;
    private List<CapstoneSubmission> submissions;

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            capstone.submit(learner.getAccountId(), title, designUrl, summary);
        } catch (CapstoneService.InvalidSubmission e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString(e.getMessage()), null));
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("capstone.submitted"), null));
        return "/capstone.xhtml?faces-redirect=true";
    }

    public List<CapstoneSubmission> getSubmissions() {
        if (submissions == null) {
            submissions = capstone.of(learner.getAccountId());
        }
        return submissions;
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDesignUrl() {
        return designUrl;
    }

    public void setDesignUrl(String designUrl) {
        this.designUrl = designUrl;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
