/** Rules of accounts that need no container: the password policy and the user name rules. */
package dev.courseportal.domain.account.control;
