/// Everyday English: words any question may use whatever it is about ("good", "best", "way", "time", "work",
/// "call", "close", "new"). They cannot tell a question about selling from one about a  account or the
/// gym, so the coach judges a question by its other words. Words that are everyday English but mostly mean
/// selling here (prospect, meeting, price, objection, pitch, budget) are deliberately not in the list.
enum CommonEnglish {
    static func contains(_ word: String) -> Bool {
        stems.contains(QuestionWords.stem(word))
    }

    private static let stems: Set<String> = Set(words.split(separator: " ").map { QuestionWords.stem(String($0)) })

    private static let words = """
        able accept across act actually add after afternoon again against age ago agree ahead air almost alone along already \
        alright always amount another answer anyone anything anyway anywhere appear area around arrive ask asked asking away \
        back bad    been begin behind believe best better big bit   book both bottom  break bring \
         build busy buy call called calling calls came  care carry case cause certain chance change check  \
         choose  clear close closed closing cold  come coming common completely consider continue  \
        cool correct cost could couple course cover cut  daily dark date  day days dead dear deep definitely \
        different difficult   double  drive drop during early easy  either else end enough even evening \
        ever every everyone everything exactly example except expect explain eye face fact fair fall family far fast  \
        feel feeling felt few figure fill final finally find fine finish  first fit five fix  follow  foot \
        forget form forward four free friday friend front full fun funny  gave get gets getting give given giving glad go \
        goes going gone good got great  ground group grow guess guy guys  half hand handle hang happen happened \
        happy hard hate head hear heard help high hit hold holiday home honest honestly hope hour hours  huge idea \
        important inside instead interest into job join keep kept   kind knew know known large last late later learn \
        least leave left less life light like likely line list listen little live long longer look looked looking lose lost \
        lot lots love low  made main make makes making  many matter maybe mean means meant mind minute minutes miss \
        moment monday money month months morning  move much   name near need needed needs never new next nice \
        night nobody none normal nothing notice now number often okay old open opened ones online part  pass past pay \
        people perhaps person phone pick  piece place plan play please point possible pretty probably \
        properly pull put question quick quickly quite rather read ready real really reason record  remember rest right \
        ring room round run running said saturday save saw say saying says  second see seem seen send sense set seven \
        several short show side sign simple since single  sit six sleep small soon sorry sort sound speak spend stand \
        start started state stay step still stop story straight strange  strong stuff sunday supposed sure take taken \
        takes taking talk talked talking tell telling ten terrible thank thanks thing things think thinking third thought \
        three thursday time times tip tips today together told tomorrow tonight took top towards  tried  true try \
        trying tuesday turn turned two type understand until usual usually wait walk  want wanted wants watch  way \
        ways wear wednesday week weekend weeks well went whatever whole  win  wish without   wonder word \
        words work worked working works world worry worse worth write wrong year years yes yesterday yet young \
        account accounts tell teach learn lesson lessons guide tell advice advise help helps helpful mobile app apps laptop \
        computer email emails text message messages work office desk boss team manager managers company job jobs \
        morning afternoon evening tonight weekend holiday holidays leave new old first last next \
        not no dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent havent hasnt hadnt \
        theyd theyve theyll hed hes shed shes ill youd wed itll thatll whats wheres whos hows \
        use used uses using difference man lol literally honestly seriously totally kind sort percent
        """
}
