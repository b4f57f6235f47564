package dev.courseportal.content;

/** Whether a quiz question has exactly one correct option or possibly several. */
public enum QuestionType {
    SINGLE,
    MULTIPLE
}
