// The only module that touches ncurses (issue 4).
import CNcurses
import ExplorerUI
