/** Messages to people: e-mails for invitations and password resets, in the recipient's language. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "identity"})
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.notifications;
