/**
 * "Check my lab": runs the checks a lesson declares for a lab step (course-content's
 * {@code Lesson.lab()}) against the learner's lab environment with the library's
 * {@code LabCheckRunner}, and stores the outcome with the learner's progress.
 * {@link dev.courseportal.lab.check.CheckMyLab} is the boundary. Check parameters come only
 * from the lesson and endpoints only from the configured environment: nothing a learner
 * sends names a URL, a query or a topic.
 */
package dev.courseportal.lab.check;
