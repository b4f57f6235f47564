/**
 * A person's own account: registering one (when the operator opened self-registration) and
 * changing one's own password. The account services check everything again; these beans present.
 */
package dev.courseportal.web.account;
