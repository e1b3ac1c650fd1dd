/**
 * Messages to people: e-mails for invitations and password resets, and the directory's requests to confirm offers,
 * in the recipient's language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "identity", "directory"})
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.notifications;
