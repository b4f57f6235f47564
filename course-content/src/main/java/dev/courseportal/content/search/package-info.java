/**
 * Full-text search over the lessons: {@link dev.courseportal.content.search.CourseSearch} indexes every lesson
 * section (the text under one heading) once, in memory, with Russian morphology for prose and a second analysis that
 * keeps code terms such as {@code slot.name} whole, and answers ranked {@link dev.courseportal.content.search.SearchHit}s
 * that link to the nearest heading with a highlighted snippet.
 */
package dev.courseportal.content.search;
