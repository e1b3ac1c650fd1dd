/** Value types used by every module (keys of districts and municipalities, audit markers). Kept tiny. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.shared;
