// `nmtui --help`: g_option_context_new(NULL) with nmtui's two entries, both G_OPTION_FLAG_HIDDEN (src/nmtui/nmtui.c of
// NetworkManager 1.48.10), so GLib prints only its own help group. Recorded from GLib 2.74 (Debian 12) running those
// entries under LC_ALL=C.UTF-8; Rocky 9.5's GLib is 2.68, whose g_option_context_get_help() prints the same layout.
export const help = 'Usage:\n  nmtui [OPTION…]\n\nHelp Options:\n  -h, --help       Show help options\n\n';
