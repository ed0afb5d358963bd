import DSRCLI

DSRBoardCommand.main()
