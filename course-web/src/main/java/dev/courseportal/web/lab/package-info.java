/**
 * The lab screens: the lab status page ({@code lab/status.xhtml}, {@link dev.courseportal.web.lab.LabStatusView}),
 * the administrators' lab environments page ({@code lab/environments.xhtml},
 * {@link dev.courseportal.web.lab.LabEnvironmentsView}), the "check my lab" part of a lesson
 * ({@code WEB-INF/includes/lab-check.xhtml}, {@link dev.courseportal.web.lab.LabCheckView}) and the
 * status as JSON in the portal's REST API, {@code GET /api/lab/status}
 * ({@link dev.courseportal.web.lab.LabStatusResource}): a learner gets their own environment, an
 * instructor or administrator every environment.
 *
 * <p>Texts are in {@code dev/courseportal/web/lab.properties} (Russian) and {@code lab_en.properties}
 * (var {@code lab}); probe and check messages come as keys of lab-ops' {@code LabMessages} and are
 * worded here in the learner's language ({@link dev.courseportal.web.lab.LabText}). No page and no
 * JSON shows a password or token.
 */
package dev.courseportal.web.lab;
