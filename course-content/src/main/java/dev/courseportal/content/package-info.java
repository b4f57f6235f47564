/**
 * The course as the portal serves it: an immutable model (a {@link dev.courseportal.content.Course} of
 * {@link dev.courseportal.content.CourseModule}s and {@link dev.courseportal.content.Lesson}s with their
 * rendered HTML, table of contents, lab steps, quiz and checklist) loaded once by
 * {@link dev.courseportal.content.CourseLoader} from Markdown sources and shared by every request. Loading
 * validates the whole course and reports every problem at once as a
 * {@link dev.courseportal.content.CourseValidationException}; the implementation lives in {@code internal}.
 */
package dev.courseportal.content;
