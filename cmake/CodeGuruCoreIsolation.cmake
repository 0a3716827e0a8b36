# SPDX-License-Identifier: GPL-3.0-or-later
# core/ must build and run without Qt Gui: the CLI and the tests use it headless.
# Walk the link closure of a target at configure time and stop if a GUI module shows up,
# however indirectly it got there.

function(_codeguru_collect_link_closure target out_var)
    set(seen "")
    set(queue "${target}")
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen OR NOT TARGET "${current}")
            continue()
        endif()
        list(APPEND seen "${current}")
        get_target_property(aliased "${current}" ALIASED_TARGET)
        if(aliased)
            list(APPEND queue "${aliased}")
        endif()
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(deps "${current}" ${property})
            if(NOT deps)
                continue()
            endif()
            foreach(dep IN LISTS deps)
                # Generator expressions like $<LINK_ONLY:Qt6::Gui> still name a target.
                string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
                string(REGEX REPLACE "^\\$<BUILD_INTERFACE:(.*)>$" "\\1" dep "${dep}")
                list(APPEND queue "${dep}")
            endforeach()
        endforeach()
    endwhile()
    set(${out_var} "${seen}" PARENT_SCOPE)
endfunction()

function(codeguru_assert_no_gui_in_link_closure target)
    _codeguru_collect_link_closure(${target} closure)
    foreach(forbidden Qt6::Gui Qt6::Widgets Qt6::GuiPrivate Qt6::WidgetsPrivate Qt::Gui Qt::Widgets)
        if(forbidden IN_LIST closure)
            message(FATAL_ERROR
                "${target} reaches ${forbidden} through its link closure (${closure}). "
                "core/ must not depend on Qt Gui or Widgets: declare an interface in core/ "
                "and implement it in ui/ or app/.")
        endif()
    endforeach()
endfunction()
