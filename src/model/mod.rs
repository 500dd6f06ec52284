//! Typed views of each cmdlet's records (transport config, CAS mailboxes, authentication
//! policies, users, organization config), each value keeping its line span and certainty.
