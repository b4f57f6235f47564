/**
 * Rules of lab environments: what an administrator may enter for an environment
 * ({@link dev.courseportal.domain.lab.control.LabEnvironmentSettings}), each refusal as a
 * {@link dev.courseportal.domain.lab.control.SettingsProblem} that the web layer words in the
 * administrator's language, and the compact text form in which message arguments and probe
 * details are stored ({@link dev.courseportal.domain.lab.control.TextFields}).
 */
package dev.courseportal.domain.lab.control;
