// SPDX-License-Identifier: GPL-3.0-or-later
// Another X client for the global-shortcut tests, since xdotool cannot hold a grab.
//
//   codeguru-x11-grab-helper KEYSYM MODIFIERS
//
// grabs every key that produces KEYSYM with exactly the MODIFIERS mask (both numbers, hex
// with 0x) on the default screen's root window, prints "grabbed", "taken" (another client
// holds it) or "error N", and keeps the grab until its standard input closes.
#include <cstdio>
#include <cstdlib>
#include <xcb/xcb.h>
#include <xcb/xcb_keysyms.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s KEYSYM MODIFIERS\n", argv[0]);
        return 2;
    }
    const auto keysym = static_cast<xcb_keysym_t>(std::strtoul(argv[1], nullptr, 0));
    const auto modifiers = static_cast<uint16_t>(std::strtoul(argv[2], nullptr, 0));

    int screenNumber = 0;
    xcb_connection_t *connection = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(connection)) {
        std::fprintf(stderr, "cannot connect to the X server\n");
        return 1;
    }
    auto screens = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screenNumber; ++i)
        xcb_screen_next(&screens);
    const xcb_window_t root = screens.data->root;

    xcb_key_symbols_t *symbols = xcb_key_symbols_alloc(connection);
    xcb_keycode_t *keycodes = xcb_key_symbols_get_keycode(symbols, keysym);
    const char *outcome = "error 0";
    char buffer[32];
    for (const xcb_keycode_t *code = keycodes; code && *code != XCB_NO_SYMBOL; ++code) {
        xcb_generic_error_t *error =
            xcb_request_check(connection,
                              xcb_grab_key_checked(connection, 1, root, modifiers, *code, XCB_GRAB_MODE_ASYNC,
                                                   XCB_GRAB_MODE_ASYNC));
        if (!error) {
            outcome = "grabbed";
            continue;
        }
        if (error->error_code == XCB_ACCESS) {
            outcome = "taken";
        } else {
            std::snprintf(buffer, sizeof buffer, "error %d", int(error->error_code));
            outcome = buffer;
        }
        std::free(error);
        break;
    }
    std::free(keycodes);
    xcb_key_symbols_free(symbols);

    std::printf("%s\n", outcome);
    std::fflush(stdout);
    while (std::getchar() != EOF) { }
    // Disconnecting releases the grab.
    xcb_disconnect(connection);
    return 0;
}
