/**
 * How the course is read, validated and rendered: the shared commonmark-java parser and renderer with the course's
 * own extensions (callouts, scrollable tables, code blocks for the browser's highlighter and Mermaid), the YAML
 * readers that turn descriptors and front matter into model objects while collecting every problem with its line,
 * the cross-lesson rules (ids, orders, prerequisites, links) and the sources the course is read from (a directory
 * or the class path through a build-time index). Nothing here is API; it may change at any time.
 */
package dev.courseportal.content.internal;
